package vn.thidua.exemplar.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.DomainEvent;
import vn.thidua.exemplar.application.ExemplarQuery;
import vn.thidua.exemplar.application.ExemplarRepository;
import vn.thidua.exemplar.domain.Change;
import vn.thidua.exemplar.domain.DecisionLink;
import vn.thidua.exemplar.domain.Exemplar;
import vn.thidua.exemplar.domain.ExemplarStatus;
import vn.thidua.exemplar.domain.ReviewLink;
import vn.thidua.support.outbox.AggregateStore;
import vn.thidua.support.outbox.PendingEvent;
import vn.thidua.support.persistence.MongoPages;
import vn.thidua.support.web.PageResult;

/**
 * Exemplars in the {@value #COLLECTION} collection: the {@link Exemplar} record as Spring Data maps it, plus the
 * {@code outbox} the relay drains.
 */
@Repository
class MongoExemplarRepository implements ExemplarRepository {

    static final String COLLECTION = "exemplars";

    private final ReactiveMongoOperations mongo;
    private final AggregateStore store;

    MongoExemplarRepository(ReactiveMongoOperations mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Mono<Exemplar> findById(String id) {
        return mongo.findById(id, Exemplar.class, COLLECTION);
    }

    @Override
    public Mono<PageResult<Exemplar>> find(ExemplarQuery q, int page, int size) {
        Sort order = q.order() == ExemplarQuery.Order.RECOGNISED
                ? Sort.by(Sort.Order.desc("recognition.recognisedOn"), Sort.Order.desc("createdAt"), Sort.Order.asc("_id"))
                : Sort.by(Sort.Order.desc("discoveredOn"), Sort.Order.desc("createdAt"), Sort.Order.asc("_id"));
        return MongoPages.find(mongo, COLLECTION, Exemplar.class, criteria(q), order, page, size);
    }

    @Override
    public Flux<Exemplar> findAll(Set<String> subjectUnits) {
        Criteria filter = subjectUnits == null ? new Criteria() : where("subject.unitCode").in(subjectUnits);
        return mongo.find(query(filter), Exemplar.class, COLLECTION);
    }

    private static Criteria criteria(ExemplarQuery q) {
        var parts = new ArrayList<Criteria>();
        List<String> statuses = q.statuses() == null ? List.of() : q.statuses().stream().map(Enum::name).toList();
        if (q.ownUnits() != null) {
            parts.add(new Criteria().orOperator(where("status").in(statuses),
                    where("subject.unitCode").in(q.ownUnits())
                            .and("status").in(q.ownStatuses().stream().map(Enum::name).toList())));
        } else if (!statuses.isEmpty()) {
            parts.add(where("status").in(statuses));
        }
        if (q.field() != null) {
            parts.add(where("field").is(q.field().name()));
        }
        if (q.subjectUnits() != null) {
            parts.add(where("subject.unitCode").in(q.subjectUnits()));
        }
        if (q.searchKey() != null && !q.searchKey().isEmpty()) {
            // Every word, anywhere: "che vietgap hao dat" finds "Chè VietGAP của HTX Hảo Đạt".
            for (String word : q.searchKey().split(" ")) {
                parts.add(where("searchKey").regex(Pattern.quote(word)));
            }
        }
        if (q.overdueOn() != null) {
            parts.add(where("status").is(ExemplarStatus.FOSTERING.name()));
            parts.add(where("fostering.milestones").elemMatch(
                    where("reachedOn").is(null).and("dueOn").lt(q.overdueOn().toString())));
        }
        if (q.needsReview() != null) {
            parts.add(where("needsReview").is(q.needsReview()));
        }
        if (q.recognisedIn() != null) {
            parts.add(where("recognition.recognisedOn").gte(q.recognisedIn() + "-01-01")
                    .lte(q.recognisedIn() + "-12-31"));
        }
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }

    @Override
    public Mono<Exemplar> create(Change discovery) {
        return store.create(COLLECTION, discovery.exemplar(), events(discovery.event()))
                .thenReturn(discovery.exemplar());
    }

    /** The parts of an exemplar that commands change; links written by consumers are never overwritten here. */
    @Override
    public Mono<Exemplar> save(Change change, long expectedVersion) {
        Exemplar next = change.exemplar();
        var update = new Update()
                .set("status", next.status().name())
                .set("fostering", document(next.fostering()))
                .set("recognition", document(next.recognition()))
                .set("adoptions", next.adoptions().stream().map(this::document).toList())
                .set("archiveReason", next.archiveReason())
                .set("archivedOn", next.archivedOn() == null ? null : next.archivedOn().toString());
        return store.updateAndGet(COLLECTION, next.id(), expectedVersion, update, events(change.event()),
                Exemplar.class);
    }

    @Override
    public Mono<Exemplar> saveProfile(Exemplar corrected, long expectedVersion) {
        var update = new Update()
                .set("title", corrected.title())
                .set("field", corrected.field().name())
                .set("story", corrected.story())
                .set("evidence", corrected.evidence())
                .set("searchKey", corrected.searchKey());
        return store.updateAndGet(COLLECTION, corrected.id(), expectedVersion, update, List.of(), Exemplar.class);
    }

    @Override
    public Mono<Boolean> linkDecision(String id, DecisionLink link, List<String> campaignIds) {
        var update = new Update().push("decisions", document(link)).inc(AggregateStore.VERSION, 1);
        if (!campaignIds.isEmpty()) {
            update.addToSet("campaignIds").each(campaignIds.toArray());
        }
        return changed(query(where("_id").is(id).and("decisions.grantKey").ne(link.grantKey())), update);
    }

    @Override
    public Mono<Boolean> unlinkDecision(String id, String grantKey) {
        return changed(query(where("_id").is(id).and("decisions.grantKey").is(grantKey)),
                new Update().pull("decisions", new Document("grantKey", grantKey)).inc(AggregateStore.VERSION, 1));
    }

    @Override
    public Mono<Boolean> linkReview(String id, ReviewLink link) {
        return changed(query(where("_id").is(id).and("reviews.reviewKey").ne(link.reviewKey())),
                new Update().push("reviews", document(link)).inc(AggregateStore.VERSION, 1));
    }

    @Override
    public Mono<Boolean> flagForReview(String id, String reason) {
        return changed(query(where("_id").is(id).and("needsReview").ne(true)),
                new Update().set("needsReview", true).set("reviewReason", reason).inc(AggregateStore.VERSION, 1));
    }

    private Mono<Boolean> changed(Query filter, Update update) {
        return mongo.updateFirst(filter, update, COLLECTION).map(result -> result.getModifiedCount() > 0);
    }

    private static List<PendingEvent<?>> events(DomainEvent event) {
        return event == null ? List.of() : List.of(pending(event));
    }

    private static <T extends DomainEvent> PendingEvent<T> pending(T event) {
        return PendingEvent.of(EventCatalog.forPayload(event), event);
    }

    /** A value object as the converter stores it (dates as strings), for use inside an update. */
    private Document document(Object value) {
        if (value == null) {
            return null;
        }
        var document = new Document();
        mongo.getConverter().write(value, document);
        document.remove("_class");
        return document;
    }
}
