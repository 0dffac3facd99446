package vn.thidua.publication.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import vn.thidua.support.persistence.CollectionIndexes;

@Configuration
class PersistenceConfig {

    /** The editorial lists: by province and status, newest first. */
    @Bean
    CollectionIndexes articleIndexes() {
        return CollectionIndexes.of(MongoArticleRepository.COLLECTION, new Index()
                .on("provinceCode", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC)
                .named("province_status_created"));
    }

    /** Public lists and feeds: published, newest publication first. */
    @Bean
    CollectionIndexes articlePublicIndexes() {
        return CollectionIndexes.of(MongoArticleRepository.COLLECTION, new Index()
                .on("status", Sort.Direction.ASC)
                .on("publishedAt", Sort.Direction.DESC)
                .named("status_published"));
    }

    /** The publication poller: scheduled articles by their time, which is what lets it survive a restart. */
    @Bean
    CollectionIndexes articleScheduleIndexes() {
        return CollectionIndexes.of(MongoArticleRepository.COLLECTION, new Index()
                .on("status", Sort.Direction.ASC)
                .on("scheduledAt", Sort.Direction.ASC)
                .named("status_scheduled"));
    }
}
