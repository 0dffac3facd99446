package vn.thidua.nomination.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import vn.thidua.support.persistence.CollectionIndexes;

/** The indexes behind {@link Queries} and the uniqueness rules the store relies on. */
@Configuration
class PersistenceConfig {

    @Bean
    CollectionIndexes nominationIndexes() {
        return CollectionIndexes.of(Collections.NOMINATIONS,
                new Index().on("subject.kind", Sort.Direction.ASC).on("subject.id", Sort.Direction.ASC)
                        .on("awardCode", Sort.Direction.ASC).on("year", Sort.Direction.ASC).named("subject_award_year"),
                new Index().on("awardCode", Sort.Direction.ASC).on("subject.unitCode", Sort.Direction.ASC)
                        .on("year", Sort.Direction.ASC).on("status", Sort.Direction.ASC).named("award_unit_year_status"),
                new Index().on("status", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC)
                        .named("status_created"));
    }

    @Bean
    CollectionIndexes awardIndexes() {
        return CollectionIndexes.of(Collections.AWARDS,
                new Index().on("subjectKind", Sort.Direction.ASC).on("subjectId", Sort.Direction.ASC)
                        .on("year", Sort.Direction.ASC).named("subject_year"),
                new Index().on("unitCode", Sort.Direction.ASC).on("year", Sort.Direction.ASC)
                        .on("awardCode", Sort.Direction.ASC).named("unit_year_award"));
    }

    /** A decision number is issued once per province. */
    @Bean
    CollectionIndexes decisionIndexes() {
        return CollectionIndexes.of(Collections.DECISIONS, new Index().on("provinceCode", Sort.Direction.ASC)
                .on("number", Sort.Direction.ASC).unique().named("province_number"));
    }

    @Bean
    CollectionIndexes peopleIndexes() {
        return CollectionIndexes.of(Collections.PEOPLE,
                new Index().on("memberships.unitCode", Sort.Direction.ASC).on("memberships.year", Sort.Direction.ASC)
                        .named("membership"),
                new Index().on("personal.idNumber", Sort.Direction.ASC).named("id_number"));
    }

    @Bean
    CollectionIndexes initiativeIndexes() {
        return CollectionIndexes.of(Collections.INITIATIVES,
                new Index().on("personId", Sort.Direction.ASC).named("person"));
    }

    @Bean
    CollectionIndexes unitIndexes() {
        return CollectionIndexes.of(Collections.UNITS, new Index().on("path", Sort.Direction.ASC).named("path"));
    }
}
