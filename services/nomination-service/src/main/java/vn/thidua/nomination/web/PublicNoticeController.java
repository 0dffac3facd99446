package vn.thidua.nomination.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.nomination.application.NoticeService;
import vn.thidua.nomination.domain.Objection;
import vn.thidua.nomination.domain.PublicNotice;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.Etags;
import vn.thidua.support.web.PageResult;

/**
 * {@code /api/public-notices}: the office opens, resolves and closes notices; anyone reads them and files
 * objections (the gateway lets that one write through without a token and limits its rate).
 */
@RestController
@RequestMapping("/api/public-notices")
class PublicNoticeController {

    private final NoticeService notices;

    PublicNoticeController(NoticeService notices) {
        this.notices = notices;
    }

    @PostMapping
    Mono<ResponseEntity<PublicNoticeView>> open(@RequestBody NoticeService.NewNotice input) {
        return CurrentUser.current().flatMap(user -> notices.open(input, user))
                .map(n -> ResponseEntity.created(URI.create("/api/public-notices/" + n.id()))
                        .eTag(Etags.format(n.version())).body(PublicNoticeView.of(n)));
    }

    @GetMapping
    Mono<PageResult<PublicNoticeView>> list(@RequestParam(required = false) List<PublicNotice.NoticeStatus> status,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
        return notices.list(status, page, size).map(found -> found.map(PublicNoticeView::of));
    }

    @GetMapping("/{id}")
    Mono<PublicNoticeView> get(@PathVariable String id) {
        return notices.notice(id).map(PublicNoticeView::of);
    }

    /** What anyone may say about a notice; the answer confirms receipt and repeats nothing of who they are. */
    record Receipt(String objectionId, String noticeId, String message) {
    }

    @PostMapping("/{id}/objections")
    Mono<ResponseEntity<Receipt>> object(@PathVariable String id, @RequestBody NoticeService.NewObjection input) {
        return notices.object(id, input).map(objection -> ResponseEntity.status(201).body(new Receipt(objection.id(),
                id, "Đã tiếp nhận ý kiến. Cơ quan thi đua – khen thưởng sẽ xem xét, giải quyết trước khi quyết định "
                + "khen thưởng.")));
    }

    /** The objections with who filed them: for the commendation office only. */
    @GetMapping("/{id}/objections")
    Mono<List<Objection>> objections(@PathVariable String id) {
        return notices.notice(id).map(PublicNotice::objections);
    }

    record Resolution(Objection.Outcome outcome, String resolution) {
    }

    @PostMapping("/{id}/objections/{objectionId}/resolve")
    Mono<PublicNoticeView> resolve(@PathVariable String id, @PathVariable String objectionId,
                                   @RequestBody Resolution resolution) {
        return CurrentUser.current().flatMap(user -> notices.resolve(id, objectionId, resolution.outcome(),
                resolution.resolution(), user)).map(PublicNoticeView::of);
    }

    @PostMapping("/{id}/close")
    Mono<PublicNoticeView> close(@PathVariable String id) {
        return CurrentUser.current().flatMap(user -> notices.close(id, user)).map(PublicNoticeView::of);
    }
}
