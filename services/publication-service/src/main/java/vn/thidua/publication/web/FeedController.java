package vn.thidua.publication.web;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.publication.application.PublicReading;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.Channel;
import vn.thidua.publication.domain.Channels;
import vn.thidua.publication.domain.Sections;

/**
 * RSS 2.0 and Atom 1.0 per channel, optionally per category ({@code ?category=EXEMPLARS}), written by ROME. Every
 * link is absolute on {@code thidua.publication.portal-base-url}: feed readers resolve nothing.
 */
@RestController
class FeedController {

    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PublicReading reading;

    FeedController(PublicReading reading) {
        this.reading = reading;
    }

    @GetMapping("/api/feeds/{channel}/rss")
    Mono<ResponseEntity<String>> rss(@PathVariable String channel,
                                     @RequestParam(required = false) ArticleCategory category) {
        return reading.feed(channel, category).map(feed -> write(feed, "rss_2.0", RSS));
    }

    @GetMapping("/api/feeds/{channel}/atom")
    Mono<ResponseEntity<String>> atom(@PathVariable String channel,
                                      @RequestParam(required = false) ArticleCategory category) {
        return reading.feed(channel, category).map(feed -> write(feed, "atom_1.0", ATOM));
    }

    private ResponseEntity<String> write(PublicReading.ChannelFeed found, String type, MediaType mediaType) {
        String base = reading.properties().portalBaseUrl();
        Channel channel = found.channel();
        String title = channel.name() + (found.category() == null ? "" : " – " + Sections.label(found.category()));
        String self = base + "/api/feeds/" + channel.code() + (type.startsWith("rss") ? "/rss" : "/atom")
                + (found.category() == null ? "" : "?category=" + found.category().name());

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(title);
        feed.setLink(base + channelPath(channel));
        feed.setUri(self);
        feed.setDescription("Tin bài mới nhất: " + title);
        feed.setLanguage("vi");
        Instant updated = found.articles().isEmpty() ? Instant.EPOCH : found.articles().get(0).lastPublishedAt();
        feed.setPublishedDate(Date.from(updated));
        feed.setEntries(found.articles().stream().map(article -> entry(article, base)).toList());
        try {
            return ResponseEntity.ok().contentType(mediaType).body(new SyndFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the " + type + " feed of " + channel.code(), e);
        }
    }

    private static SyndEntry entry(Article article, String base) {
        SyndEntry entry = new SyndEntryImpl();
        String link = base + article.url();
        entry.setTitle(article.title());
        entry.setLink(link);
        entry.setUri(link);
        entry.setPublishedDate(Date.from(article.publishedAt()));
        entry.setUpdatedDate(Date.from(article.lastPublishedAt()));
        var category = new SyndCategoryImpl();
        category.setName(Sections.label(article.category()));
        entry.setCategories(List.of(category));
        var description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(article.summary() == null ? article.title() : article.summary());
        entry.setDescription(description);
        return entry;
    }

    private static String channelPath(Channel channel) {
        return Channels.PORTAL.equals(channel.code()) ? "/" : "/" + channel.code();
    }
}
