package vn.thidua.exemplar.application;

import java.util.List;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.exemplar.domain.Change;
import vn.thidua.exemplar.domain.DecisionLink;
import vn.thidua.exemplar.domain.Exemplar;
import vn.thidua.exemplar.domain.ReviewLink;
import vn.thidua.support.web.PageResult;

/**
 * Exemplars, each with its own outbox. Commands write through {@link #create} and {@link #save} (state and event in
 * one conditional update); what other services' events change is written by the idempotent link operations, which
 * match only when they have something left to do.
 */
public interface ExemplarRepository {

    Mono<Exemplar> findById(String id);

    Mono<PageResult<Exemplar>> find(ExemplarQuery query, int page, int size);

    /** Every exemplar of the given units (all units when null), for reports. */
    Flux<Exemplar> findAll(Set<String> subjectUnits);

    /** Stores a new exemplar at version 1 with its discovery event; fails with 409 when the id is taken. */
    Mono<Exemplar> create(Change discovery);

    /** Stores the result of a command if the exemplar is still at {@code expectedVersion} (409 otherwise). */
    Mono<Exemplar> save(Change change, long expectedVersion);

    /** Corrects the description of an exemplar still at {@code expectedVersion}. */
    Mono<Exemplar> saveProfile(Exemplar corrected, long expectedVersion);

    /** Adds the decision's grant unless it is already linked; true when it was added. */
    Mono<Boolean> linkDecision(String id, DecisionLink link, List<String> campaignIds);

    /** Removes the grant's link if present; true when it was removed. */
    Mono<Boolean> unlinkDecision(String id, String grantKey);

    /** Adds the review unless it is already linked; true when it was added. */
    Mono<Boolean> linkReview(String id, ReviewLink link);

    /** Flags the exemplar for the commendation office's review unless already flagged; true when flagged now. */
    Mono<Boolean> flagForReview(String id, String reason);
}
