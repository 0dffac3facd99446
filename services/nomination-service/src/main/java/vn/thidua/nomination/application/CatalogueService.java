package vn.thidua.nomination.application;

import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.nomination.domain.AwardType;
import vn.thidua.nomination.domain.AwardTypeVersion;
import vn.thidua.nomination.domain.Catalogue;
import vn.thidua.nomination.persistence.AggregateDocuments;
import vn.thidua.nomination.persistence.Collections;
import vn.thidua.nomination.persistence.Queries;
import vn.thidua.support.problem.AlreadyExistsException;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.problem.PreconditionFailedException;

/**
 * The award catalogue: seeded from the bundled file on a new database, read by every rule, and extended with a new
 * version when a new legal basis takes effect.
 */
@Service
public class CatalogueService implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueService.class);

    private final AggregateDocuments documents;
    private final Queries queries;

    CatalogueService(AggregateDocuments documents, Queries queries) {
        this.documents = documents;
        this.queries = queries;
    }

    /** Adds the bundled types a database does not have yet; the ones it has are left as their versions made them. */
    @Override
    public void run(ApplicationArguments args) {
        long added = Flux.fromIterable(Catalogue.bundledTypes())
                .concatMap(type -> documents.create(Collections.AWARD_TYPES, type, List.of())
                        .map(created -> 1L)
                        .onErrorResume(AlreadyExistsException.class, e -> Mono.just(0L)))
                .reduce(0L, Long::sum)
                .block(java.time.Duration.ofSeconds(30));
        log.info("Award catalogue: {} bundled types added", added);
    }

    public Mono<Catalogue> catalogue() {
        return queries.awardTypes().collectList().map(Catalogue::new);
    }

    public Mono<AwardType> get(String code) {
        return documents.find(Collections.AWARD_TYPES, code, AwardType.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException(
                        "Không có danh hiệu hoặc hình thức khen thưởng mã \"" + code + "\" trong danh mục.")));
    }

    public Flux<AwardType> all() {
        return queries.awardTypes();
    }

    /** A new legal basis: the new version starts on its {@code validFrom} and closes the previous one. */
    public Mono<AwardType> addVersion(String code, AwardTypeVersion next, OptionalLong ifMatch) {
        return get(code).flatMap(type -> {
            if (ifMatch.isPresent() && ifMatch.getAsLong() != type.version()) {
                return Mono.error(new PreconditionFailedException(code, type.version()));
            }
            AwardType extended = type.withVersion(next);
            return documents.save(Collections.AWARD_TYPES, code, type.version(), extended, List.of());
        });
    }
}
