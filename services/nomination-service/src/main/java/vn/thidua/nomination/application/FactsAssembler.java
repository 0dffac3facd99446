package vn.thidua.nomination.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.thidua.nomination.domain.Award;
import vn.thidua.nomination.domain.AwardTypeVersion;
import vn.thidua.nomination.domain.DisciplineLevel;
import vn.thidua.nomination.domain.EligibilityFacts;
import vn.thidua.nomination.domain.EligibilityFacts.Discipline;
import vn.thidua.nomination.domain.EligibilityFacts.HeldAward;
import vn.thidua.nomination.domain.EligibilityFacts.InitiativeFact;
import vn.thidua.nomination.domain.EligibilityFacts.MemberFacts;
import vn.thidua.nomination.domain.EligibilityFacts.Proceeding;
import vn.thidua.nomination.domain.EligibilityFacts.QuotaUsage;
import vn.thidua.nomination.domain.Person;
import vn.thidua.nomination.domain.Rating;
import vn.thidua.nomination.domain.Subject;
import vn.thidua.nomination.domain.SubjectKind;
import vn.thidua.nomination.domain.Unit;
import vn.thidua.nomination.persistence.Collections;
import vn.thidua.nomination.persistence.AggregateDocuments;
import vn.thidua.nomination.persistence.Queries;

/** Gathers what the eligibility rules judge a subject by: registry, records, initiatives, headcounts, quota use. */
@Component
public class FactsAssembler {

    private final Queries queries;
    private final AggregateDocuments documents;

    FactsAssembler(Queries queries, AggregateDocuments documents) {
        this.queries = queries;
        this.documents = documents;
    }

    /**
     * @param nominationId the nomination being judged, left out of the quota's count; null for an ad-hoc check
     */
    public Mono<EligibilityFacts> gather(Subject subject, String awardCode, AwardTypeVersion award, int year,
                                         LocalDate referenceDate, String nominationId) {
        Mono<List<HeldAward>> history = queries.awardsOf(subject.kind(), subject.id()).map(FactsAssembler::held)
                .collectList();
        Mono<QuotaUsage> quota = award.rule().quota() == null ? Mono.just(NO_QUOTA)
                : Mono.zip(queries.countStandingAwards(award.rule().quota().basisAwardCode(), subject.unitCode(), year),
                        queries.countStandingAwards(awardCode, subject.unitCode(), year),
                        queries.countPendingNominations(awardCode, subject.unitCode(), year,
                                nominationId == null ? "" : nominationId))
                .map(t -> new QuotaUsage(t.getT1().intValue(), (int) (t.getT2() + t.getT3())));
        return Mono.zip(history, quota, subjectRecords(subject, year)).map(t -> {
            Records records = t.getT3();
            return new EligibilityFacts(year, referenceDate, t.getT1(), records.ratings, records.disciplines,
                    records.proceedings, records.initiatives, records.members, records.headcount,
                    t.getT2() == NO_QUOTA ? null : t.getT2());
        });
    }

    private static final QuotaUsage NO_QUOTA = new QuotaUsage(-1, -1);

    private record Records(Map<Integer, Rating> ratings, List<Discipline> disciplines, List<Proceeding> proceedings,
                           List<InitiativeFact> initiatives, List<MemberFacts> members, Integer headcount) {
    }

    private Mono<Records> subjectRecords(Subject subject, int year) {
        if (subject.kind() == SubjectKind.INDIVIDUAL) {
            return documents.find(Collections.PEOPLE, subject.id(), Person.class)
                    .zipWith(queries.initiativesOf(subject.id())
                            .map(i -> new InitiativeFact(i.title(), i.scope(), i.recognisedOn())).collectList())
                    .map(t -> {
                        Person person = t.getT1();
                        Map<Integer, Rating> ratings = new HashMap<>();
                        person.ratings().forEach(r -> ratings.put(r.year(), r.rating()));
                        return new Records(ratings, disciplinesOf(person), proceedingsOf(person), t.getT2(),
                                List.of(), null);
                    })
                    .defaultIfEmpty(new Records(Map.of(), List.of(), List.of(), List.of(), List.of(), null));
        }
        if (subject.kind() == SubjectKind.COLLECTIVE) {
            Mono<Integer> headcount = queries.unit(subject.id()).map(unit -> headcountOf(unit, year))
                    .defaultIfEmpty(-1);
            return Mono.zip(members(subject.id(), year), headcount).map(t -> new Records(Map.of(), List.of(),
                    List.of(), List.of(), t.getT1(), t.getT2() < 0 ? null : t.getT2()));
        }
        return Mono.just(new Records(Map.of(), List.of(), List.of(), List.of(), List.of(), null));
    }

    private static int headcountOf(Unit unit, int year) {
        Integer count = unit.headcountIn(year);
        return count == null ? -1 : count;
    }

    private Mono<List<MemberFacts>> members(String unitCode, int year) {
        return queries.membersOf(unitCode, year).collectList().flatMap(people -> {
            var ids = people.stream().map(Person::id).toList();
            return queries.individualAwards(ids, year).filter(a -> !a.revoked())
                    .collectMultimap(Award::subjectId, Award::awardCode)
                    .map(awards -> people.stream().map(p -> new MemberFacts(p.id(), p.ratingIn(year).orElse(null),
                            List.copyOf(awards.getOrDefault(p.id(), List.of())), worstDiscipline(p, year))).toList());
        });
    }

    private static DisciplineLevel worstDiscipline(Person person, int year) {
        return disciplinesOf(person).stream().filter(d -> d.touchesYear(year)).map(Discipline::level)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private static List<Discipline> disciplinesOf(Person person) {
        return person.disciplines().stream().map(d -> new Discipline(d.level(), d.decidedOn(), d.endsOn()))
                .collect(Collectors.toList());
    }

    private static List<Proceeding> proceedingsOf(Person person) {
        return person.proceedings().stream().map(p -> new Proceeding(p.kind(), p.openedOn(), p.closedOn()))
                .collect(Collectors.toList());
    }

    private static HeldAward held(Award award) {
        return new HeldAward(award.awardCode(), award.year(), award.timingType(), award.revoked());
    }
}
