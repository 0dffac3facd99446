package vn.thidua.nomination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person the rules judge, under a pseudonymous id. The personal data ({@link PersonalData}) never leaves this
 * service except to those who may read the dossier; events carry the id, never the data.
 */
public record Person(
        String id,
        String provinceCode,
        String fullName,
        String searchKey,
        PersonalData personal,
        List<Membership> memberships,
        List<YearRating> ratings,
        List<DisciplineRecord> disciplines,
        List<ProceedingRecord> proceedings,
        Instant createdAt,
        String createdBy,
        long version) {

    public Person {
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
        disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
        proceedings = proceedings == null ? List.of() : List.copyOf(proceedings);
    }

    /** The dossier's personal data: shown to officers who handle the dossier, never public, never in events. */
    public record PersonalData(LocalDate birthDate, String idNumber, String phone, String address) {
    }

    public record Membership(String unitCode, int year, String position) {
    }

    public record YearRating(int year, Rating rating) {
    }

    public record DisciplineRecord(DisciplineLevel level, LocalDate decidedOn, LocalDate endsOn, String note) {
    }

    public record ProceedingRecord(ProceedingKind kind, LocalDate openedOn, LocalDate closedOn, String note) {
    }

    public Optional<Rating> ratingIn(int year) {
        return ratings.stream().filter(r -> r.year() == year).map(YearRating::rating).findFirst();
    }

    /** The unit the person belonged to in the year, if recorded. */
    public Optional<String> unitIn(int year) {
        return memberships.stream().filter(m -> m.year() == year).map(Membership::unitCode).findFirst();
    }
}
