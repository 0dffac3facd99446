package vn.thidua.publication.web;

import java.time.Duration;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.publication.application.ArticleQuery;
import vn.thidua.publication.application.ArticleService;
import vn.thidua.publication.application.PhotoProblems;
import vn.thidua.publication.application.PhotoService;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.publication.domain.Photo;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.PageResult;

/** {@code /api/articles}: writing, the editorial workflow, photos and reading. */
@RestController
@RequestMapping("/api/articles")
class ArticleController {

    private final ArticleService articles;
    private final PhotoService photos;

    ArticleController(ArticleService articles, PhotoService photos) {
        this.articles = articles;
        this.photos = photos;
    }

    /**
     * {@code ?status=DRAFT&channel=portal&category=NEWS&q=dinh hoa}: newest first; without a status the public
     * gets the published ones. {@code q} ignores diacritics.
     */
    @GetMapping
    Mono<PageResult<ArticleView>> list(@RequestParam(name = "status", required = false) List<ArticleStatus> status,
                                       @RequestParam(required = false) String channel,
                                       @RequestParam(required = false) ArticleCategory category,
                                       @RequestParam(required = false) String q,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
        Set<ArticleStatus> statuses = status == null || status.isEmpty() ? Set.of() : EnumSet.copyOf(status);
        var query = new ArticleQuery(statuses, channel, category, null, q, page, size);
        return CurrentUser.currentOrAnonymous()
                .flatMap(viewer -> articles.list(query, viewer.orElse(null))
                        .map(found -> found.map(a -> ArticleView.of(a, ArticleService.editorialView(viewer.orElse(null), a)))));
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<ArticleView>> get(@PathVariable String id) {
        return CurrentUser.currentOrAnonymous()
                .flatMap(viewer -> articles.get(id, viewer.orElse(null))
                        .map(article -> withVersion(ResponseEntity.ok(), article,
                                ArticleService.editorialView(viewer.orElse(null), article))));
    }

    /** The public page of an article. */
    @GetMapping("/by-slug/{slug}")
    Mono<ResponseEntity<ArticleView>> bySlug(@PathVariable String slug) {
        return articles.getPublishedBySlug(slug).map(article -> withVersion(ResponseEntity.ok(), article, false));
    }

    @PostMapping
    Mono<ResponseEntity<ArticleView>> create(@RequestBody ArticleInput input) {
        return CurrentUser.current().flatMap(user -> resolvePhotos(input)
                .flatMap(resolved -> articles.create(input.content(resolved), input.authorUnitCode(), user))
                .map(article -> withVersion(ResponseEntity.created(URI.create("/api/articles/" + article.id())),
                        article, true)));
    }

    @PutMapping("/{id}")
    Mono<ResponseEntity<ArticleView>> edit(@PathVariable String id, @RequestBody ArticleInput input,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        OptionalLong expected = Etags.expectedVersion(ifMatch);
        return CurrentUser.current().flatMap(user -> resolvePhotos(input)
                .flatMap(resolved -> articles.edit(id, input.content(resolved), expected, user))
                .map(article -> withVersion(ResponseEntity.ok(), article, true)));
    }

    @PostMapping("/{id}/submit")
    Mono<ResponseEntity<ArticleView>> submit(@PathVariable String id,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return step(id, ifMatch, null, (user, expected) -> articles.submit(id, expected, user));
    }

    @PostMapping("/{id}/approve")
    Mono<ResponseEntity<ArticleView>> approve(@PathVariable String id,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return step(id, ifMatch, null, (user, expected) -> articles.approve(id, expected, user));
    }

    @PostMapping("/{id}/reject")
    Mono<ResponseEntity<ArticleView>> reject(@PathVariable String id, @RequestBody(required = false) StepInput input,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return step(id, ifMatch, input, (user, expected) -> articles.reject(id, orNone(input).reason(), expected, user));
    }

    @PostMapping("/{id}/schedule")
    Mono<ResponseEntity<ArticleView>> schedule(@PathVariable String id, @RequestBody(required = false) StepInput input,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return step(id, ifMatch, input,
                (user, expected) -> articles.schedule(id, orNone(input).scheduledAt(), expected, user));
    }

    @PostMapping("/{id}/publish")
    Mono<ResponseEntity<ArticleView>> publish(@PathVariable String id,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return step(id, ifMatch, null, (user, expected) -> articles.publish(id, expected, user));
    }

    @PostMapping("/{id}/withdraw")
    Mono<ResponseEntity<ArticleView>> withdraw(@PathVariable String id, @RequestBody(required = false) StepInput input,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return step(id, ifMatch, input,
                (user, expected) -> articles.withdraw(id, orNone(input).reason(), expected, user));
    }

    @PostMapping("/{id}/archive")
    Mono<ResponseEntity<ArticleView>> archive(@PathVariable String id,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return step(id, ifMatch, null, (user, expected) -> articles.archive(id, expected, user));
    }

    /**
     * Uploads one image as the raw request body ({@code Content-Type: image/jpeg}, {@code image/png} or
     * {@code image/webp}); the answer names the photo id to put in an article's {@code photos}.
     */
    @PostMapping(path = "/photos", consumes = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE, "image/webp"})
    Mono<ResponseEntity<ArticleView.PhotoView>> upload(@RequestBody Flux<DataBuffer> body) {
        return CurrentUser.current().flatMap(user -> DataBufferUtils.join(body, PhotoService.MAX_BYTES)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                // Refused as soon as the limit is passed: the rest of the body is never buffered.
                .onErrorMap(DataBufferLimitException.class, e -> new PhotoProblems.TooLarge(PhotoService.MAX_BYTES))
                .flatMap(bytes -> photos.upload(bytes, user)))
                .map(photo -> ResponseEntity.created(URI.create("/api/articles/photos/" + photo.id()))
                        .body(ArticleView.PhotoView.of(photo)));
    }

    @GetMapping("/photos/{photoId}")
    Mono<ResponseEntity<byte[]>> photo(@PathVariable String photoId) {
        return photos.load(photoId).map(image -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(image.bytes()));
    }

    private Mono<List<Photo>> resolvePhotos(ArticleInput input) {
        var given = input.photos() == null ? List.<ArticleInput.PhotoInput>of() : input.photos();
        return photos.resolve(given.stream().map(p -> p == null ? null : p.id()).toList(),
                given.stream().map(p -> p == null ? null : p.caption()).toList());
    }

    private Mono<ResponseEntity<ArticleView>> step(String id, String ifMatch, StepInput input,
                                                   BiFunction<CurrentUser, OptionalLong, Mono<Article>> action) {
        OptionalLong expected = Etags.expectedVersion(ifMatch);
        return CurrentUser.current().flatMap(user -> action.apply(user, expected))
                .map(article -> withVersion(ResponseEntity.ok(), article, true));
    }

    private static StepInput orNone(StepInput input) {
        return input == null ? StepInput.NONE : input;
    }

    private static ResponseEntity<ArticleView> withVersion(ResponseEntity.BodyBuilder response, Article article,
                                                           boolean editorial) {
        return response.eTag(Etags.format(article.version())).body(ArticleView.of(article, editorial));
    }
}
