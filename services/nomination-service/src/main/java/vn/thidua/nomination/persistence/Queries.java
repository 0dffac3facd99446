package vn.thidua.nomination.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.nomination.domain.Award;
import vn.thidua.nomination.domain.AwardType;
import vn.thidua.nomination.domain.Initiative;
import vn.thidua.nomination.domain.Nomination;
import vn.thidua.nomination.domain.NominationStatus;
import vn.thidua.nomination.domain.Person;
import vn.thidua.nomination.domain.SubjectKind;
import vn.thidua.nomination.domain.Unit;
import vn.thidua.support.persistence.MongoPages;
import vn.thidua.support.web.PageResult;

/** The read side: every query the use cases and the API make, each on an index of {@link PersistenceConfig}. */
@Component
public class Queries {

    private final ReactiveMongoOperations mongo;

    Queries(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    public Flux<AwardType> awardTypes() {
        return mongo.find(new Query().with(Sort.by("_id")), AwardType.class, Collections.AWARD_TYPES);
    }

    public Flux<Award> awardsOf(SubjectKind kind, String subjectId) {
        return mongo.find(query(where("subjectKind").is(kind).and("subjectId").is(subjectId))
                .with(Sort.by("year", "awardCode")), Award.class, Collections.AWARDS);
    }

    /** Awards of individuals among {@code subjectIds} for the year, to judge a collective's members. */
    public Flux<Award> individualAwards(Collection<String> subjectIds, int year) {
        return mongo.find(query(where("subjectKind").is(SubjectKind.INDIVIDUAL).and("subjectId").in(subjectIds)
                .and("year").is(year)), Award.class, Collections.AWARDS);
    }

    /** Standing (not revoked) awards of one code in a unit and year: quota bases and quota use. */
    public Mono<Long> countStandingAwards(String awardCode, String unitCode, int year) {
        return mongo.count(query(where("awardCode").is(awardCode).and("unitCode").is(unitCode).and("year").is(year)
                .and("revocation").exists(false)), Collections.AWARDS);
    }

    public Mono<PageResult<Award>> awards(Criteria filter, int page, int size) {
        return MongoPages.find(mongo, Collections.AWARDS, Award.class, filter,
                Sort.by(Sort.Order.desc("year"), Sort.Order.asc("awardCode"), Sort.Order.asc("_id")), page, size);
    }

    public Flux<Award> awardsIn(Collection<String> unitCodes, int fromYear, int toYear) {
        return mongo.find(query(where("unitCode").in(unitCodes).and("year").gte(fromYear).lte(toYear)), Award.class,
                Collections.AWARDS);
    }

    public Flux<Person> membersOf(String unitCode, int year) {
        return mongo.find(query(where("memberships").elemMatch(where("unitCode").is(unitCode).and("year").is(year))),
                Person.class, Collections.PEOPLE);
    }

    public Flux<Person> peopleByIdNumbers(Collection<String> idNumbers) {
        return mongo.find(query(where("personal.idNumber").in(idNumbers)), Person.class, Collections.PEOPLE);
    }

    public Mono<PageResult<Person>> people(Criteria filter, int page, int size) {
        return MongoPages.find(mongo, Collections.PEOPLE, Person.class, filter,
                Sort.by(Sort.Order.asc("searchKey"), Sort.Order.asc("_id")), page, size);
    }

    public Flux<Initiative> initiativesOf(String personId) {
        return mongo.find(query(where("personId").is(personId)).with(Sort.by("recognisedOn")), Initiative.class,
                Collections.INITIATIVES);
    }

    /** Nominations of the same subject, award and year, whatever their state. */
    public Flux<Nomination> nominationsOf(SubjectKind kind, String subjectId, String awardCode, int year) {
        return mongo.find(query(where("subject.kind").is(kind).and("subject.id").is(subjectId)
                .and("awardCode").is(awardCode).and("year").is(year)), Nomination.class, Collections.NOMINATIONS);
    }

    /** Nominations of an award in a unit and year that are on their way (neither draft, nor ended). */
    public Mono<Long> countPendingNominations(String awardCode, String unitCode, int year, String excludingId) {
        var pending = List.of(NominationStatus.SUBMITTED, NominationStatus.RETURNED, NominationStatus.AWAITING_NOTICE,
                NominationStatus.IN_PUBLIC_NOTICE, NominationStatus.READY_FOR_COUNCIL, NominationStatus.IN_COUNCIL,
                NominationStatus.APPROVED);
        return mongo.count(query(where("awardCode").is(awardCode).and("subject.unitCode").is(unitCode)
                .and("year").is(year).and("status").in(pending).and("_id").ne(excludingId)),
                Collections.NOMINATIONS);
    }

    public Mono<PageResult<Nomination>> nominations(Criteria filter, int page, int size) {
        return MongoPages.find(mongo, Collections.NOMINATIONS, Nomination.class, filter,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")), page, size);
    }

    public Flux<Nomination> nominationsByIds(Collection<String> ids) {
        return mongo.find(query(where("_id").in(ids)), Nomination.class, Collections.NOMINATIONS);
    }

    public <T> Mono<PageResult<T>> page(String collection, Class<T> type, Criteria filter, Sort sort, int page,
                                        int size) {
        return MongoPages.find(mongo, collection, type, filter, sort, page, size);
    }

    /** The unit and every unit under it, by the paths the units carry. */
    public Mono<List<String>> subtree(String unitCode) {
        return mongo.find(query(new Criteria().orOperator(where("_id").is(unitCode), where("path").is(unitCode))),
                        Unit.class, Collections.UNITS)
                .map(Unit::code).collectList()
                .map(codes -> codes.contains(unitCode) ? codes
                        : java.util.stream.Stream.concat(codes.stream(), java.util.stream.Stream.of(unitCode)).toList());
    }

    /** The names of the units among {@code codes} that are known locally. */
    public Mono<java.util.Map<String, String>> unitNames(Collection<String> codes) {
        return mongo.find(query(where("_id").in(codes)), Unit.class, Collections.UNITS)
                .collectMap(Unit::code, Unit::name);
    }

    public Mono<Unit> unit(String code) {
        return mongo.findById(code, Unit.class, Collections.UNITS);
    }

    /** A case- and accent-insensitive "contains" on a folded search key; the query must already be folded. */
    public static Criteria searchKeyContains(String foldedQuery) {
        // Escaped character by character: the embedded server does not understand \\Q…\\E quoting.
        return where("searchKey").regex(foldedQuery.replaceAll("[^\\p{L}\\p{N} ]", "\\\\$0"));
    }
}
