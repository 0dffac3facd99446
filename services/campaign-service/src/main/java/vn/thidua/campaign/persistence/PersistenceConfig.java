package vn.thidua.campaign.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import vn.thidua.support.persistence.CollectionIndexes;

@Configuration
class PersistenceConfig {

    /** The list query: by province and status, newest first. */
    @Bean
    CollectionIndexes campaignIndexes() {
        return CollectionIndexes.of(MongoCampaignRepository.COLLECTION, new Index()
                .on("provinceCode", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC)
                .named("province_status_created"));
    }

    /** A campaign's registrations, and one registration per campaign and unit. */
    @Bean
    CollectionIndexes registrationIndexes() {
        return CollectionIndexes.of(MongoRegistrationRepository.COLLECTION, new Index()
                .on("provinceCode", Sort.Direction.ASC)
                .on("campaignId", Sort.Direction.ASC)
                .on("unit.code", Sort.Direction.ASC)
                .unique()
                .named("province_campaign_unit"));
    }

    /** The tree's children of a unit, and its predecessors. */
    @Bean
    CollectionIndexes unitIndexes() {
        return CollectionIndexes.of(MongoUnitRepository.COLLECTION,
                new Index().on("parentCode", Sort.Direction.ASC).named("parent"),
                new Index().on("successorCodes", Sort.Direction.ASC).named("successors"));
    }
}
