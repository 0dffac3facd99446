package vn.thidua.nomination.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.nomination.domain.NominationStatus;
import vn.thidua.support.calendar.WorkingDayCalendar;
import vn.thidua.support.metrics.RefreshedGauges;
import vn.thidua.support.metrics.RefreshedGauges.Row;

/**
 * The nomination gauges, counted in the database every {@code thidua.metrics.refresh-interval}:
 * <ul>
 *   <li>{@code thidua_nominations{status,award_type}}: nominations per status and award-type code. Every status
 *       is reported (0 included) for each award type that has at least one nomination, so a status that empties
 *       shows 0; award types nobody was nominated for are left out rather than multiplying the series by the
 *       whole catalogue;</li>
 *   <li>{@code thidua_decisions{year}}: decisions in the registry per signing year;</li>
 *   <li>{@code thidua_public_notices_window_passed_undecided}: public notices whose window has ended (its last day
 *       is before today in Vietnam) while a nomination on them has not reached its outcome yet (granted, not
 *       approved by the council or rejected): the council or the decision is late.</li>
 * </ul>
 */
@Component
class NominationGauges {

    static final String NOMINATIONS = "thidua.nominations";
    static final String DECISIONS = "thidua.decisions";
    static final String NOTICES_PASSED_UNDECIDED = "thidua.public.notices.window.passed.undecided";
    /** Where a nomination's procedure ends: nothing more is waited for. */
    static final Set<NominationStatus> OUTCOMES =
            EnumSet.of(NominationStatus.GRANTED, NominationStatus.NOT_APPROVED, NominationStatus.REJECTED);

    private final ReactiveMongoOperations mongo;
    private final WorkingDayCalendar calendar;

    NominationGauges(RefreshedGauges gauges, ReactiveMongoOperations mongo, WorkingDayCalendar calendar) {
        this.mongo = mongo;
        this.calendar = calendar;
        gauges.register(NOMINATIONS, "Nominations by status and award type", this::nominations);
        gauges.register(DECISIONS, "Commendation decisions by signing year", this::decisions);
        gauges.register(NOTICES_PASSED_UNDECIDED,
                "Public notices whose objection window has ended with a nomination still undecided",
                () -> Flux.from(noticesPassedUndecided().map(Row::of)));
    }

    Flux<Row> nominations() {
        Flux<Row> counted = RefreshedGauges.countBy(mongo, Collections.NOMINATIONS, new Criteria(),
                Map.of("status", "status", "award_type", "awardCode")).cache();
        return counted.map(row -> row.tags().stream().filter(tag -> tag.getKey().equals("award_type"))
                        .findFirst().orElseThrow().getValue())
                .distinct()
                .collectList()
                .flatMapMany(awardTypes -> {
                    var known = new ArrayList<Tags>();
                    for (String awardType : awardTypes) {
                        Arrays.stream(NominationStatus.values())
                                .forEach(status -> known.add(Tags.of("status", status.name(), "award_type", awardType)));
                    }
                    return RefreshedGauges.withZeros(counted, known);
                });
    }

    Flux<Row> decisions() {
        // Dates are stored as "YYYY-MM-DD": count per date in the database, add the dates of a year up here.
        return RefreshedGauges.countBy(mongo, Collections.DECISIONS, new Criteria(), Map.of("signed_on", "signedOn"))
                .map(row -> {
                    String signedOn = row.tags().stream().findFirst().orElseThrow().getValue();
                    return Row.of(row.value(), "year", signedOn.length() >= 4 ? signedOn.substring(0, 4) : "");
                });
    }

    Mono<Long> noticesPassedUndecided() {
        Query passed = query(where("closesOn").lt(calendar.today().toString()));
        passed.fields().include("entries.nominationId");
        return mongo.find(passed, Document.class, Collections.PUBLIC_NOTICES)
                .map(NominationGauges::nominationIds)
                .collectList()
                .flatMap(notices -> {
                    var all = new HashSet<String>();
                    notices.forEach(all::addAll);
                    if (all.isEmpty()) {
                        return Mono.just(0L);
                    }
                    Query open = query(where("_id").in(all)
                            .and("status").nin(OUTCOMES.stream().map(Enum::name).toList()));
                    open.fields().include("_id");
                    return mongo.find(open, Document.class, Collections.NOMINATIONS)
                            .map(document -> document.get("_id").toString())
                            .collect(HashSet<String>::new, Set::add)
                            .map(undecided -> notices.stream()
                                    .filter(ids -> ids.stream().anyMatch(undecided::contains))
                                    .count());
                });
    }

    private static List<String> nominationIds(Document notice) {
        List<Document> entries = notice.getList("entries", Document.class, List.of());
        return entries.stream().map(entry -> entry.getString("nominationId")).filter(id -> id != null).toList();
    }
}
