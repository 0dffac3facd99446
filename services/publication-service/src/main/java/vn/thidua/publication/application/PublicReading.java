package vn.thidua.publication.application;

import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.Channel;

/** What feeds and the sitemap read: the published articles of a channel, newest first. */
@Service
public class PublicReading {

    /** A feed carries the latest articles; readers have the site for the rest. */
    public static final int FEED_SIZE = 50;
    /** The sitemap protocol's limit for one file. */
    public static final int SITEMAP_SIZE = 50_000;
    /** A conference pack is printed: two hundred articles is already a thick one. */
    public static final int BUNDLE_SIZE = 200;

    private final ArticleRepository articles;
    private final ChannelService channels;
    private final PublicationProperties properties;

    public PublicReading(ArticleRepository articles, ChannelService channels, PublicationProperties properties) {
        this.articles = articles;
        this.channels = channels;
        this.properties = properties;
    }

    public record ChannelFeed(Channel channel, ArticleCategory category, List<Article> articles) {
    }

    public Mono<ChannelFeed> feed(String channelCode, ArticleCategory category) {
        return channels.get(channelCode).flatMap(channel -> articles.findPublished(channelCode, category, FEED_SIZE)
                .collectList()
                .map(found -> new ChannelFeed(channel, category, found)));
    }

    /** A channel's published articles for a conference pack, newest first. */
    public Mono<ChannelFeed> bundle(String channelCode, ArticleCategory category) {
        return channels.get(channelCode).flatMap(channel -> articles.findPublished(channelCode, category, BUNDLE_SIZE)
                .collectList()
                .map(found -> new ChannelFeed(channel, category, found)));
    }

    public Mono<List<Article>> sitemap() {
        return articles.findPublished(null, null, SITEMAP_SIZE).collectList();
    }

    public PublicationProperties properties() {
        return properties;
    }
}
