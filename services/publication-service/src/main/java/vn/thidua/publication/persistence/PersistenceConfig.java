package vn.thidua.publication.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import vn.thidua.support.persistence.CollectionIndexes;

@Configuration
class PersistenceConfig {

    /** The list query: by province and status, newest first. */
    @Bean
    CollectionIndexes articleIndexes() {
        return CollectionIndexes.of(MongoArticleRepository.COLLECTION, new Index()
                .on("provinceCode", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC)
                .named("province_status_created"));
    }
}
