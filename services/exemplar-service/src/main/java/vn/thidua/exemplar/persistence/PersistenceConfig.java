package vn.thidua.exemplar.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import vn.thidua.support.persistence.CollectionIndexes;

@Configuration
class PersistenceConfig {

    /** The honour board and the lists: by province, status and unit; newest discoveries first. */
    @Bean
    CollectionIndexes exemplarIndexes() {
        return CollectionIndexes.of(MongoExemplarRepository.COLLECTION,
                new Index().on("provinceCode", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                        .on("discoveredOn", Sort.Direction.DESC).named("province_status_discovered"),
                new Index().on("provinceCode", Sort.Direction.ASC).on("subject.unitCode", Sort.Direction.ASC)
                        .named("province_subject_unit"));
    }

    /** "A unit and its sub-units": every unit whose ancestors hold the code. */
    @Bean
    CollectionIndexes unitIndexes() {
        return CollectionIndexes.of(MongoUnitTree.COLLECTION, new Index().on("ancestors", Sort.Direction.ASC)
                .named("ancestors"));
    }

    @Bean
    CollectionIndexes articleLinkIndexes() {
        return CollectionIndexes.of(MongoArticleLinks.COLLECTION, new Index().on("exemplarId", Sort.Direction.ASC)
                .on("publishedAt", Sort.Direction.DESC).named("exemplar_published"));
    }
}
