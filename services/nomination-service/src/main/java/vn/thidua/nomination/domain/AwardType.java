package vn.thidua.nomination.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.thidua.support.problem.BusinessRuleException;

/**
 * An award type of the catalogue (e.g. {@code CHIEN_SI_THI_DUA_CO_SO}) with every version its legal bases gave it. Versions
 * never overlap: a new legal basis closes the previous version the day before it takes effect.
 */
public record AwardType(String id, List<AwardTypeVersion> versions, long version) {

    public AwardType {
        versions = versions.stream().sorted(Comparator.comparing(AwardTypeVersion::validFrom)).toList();
    }

    public String code() {
        return id;
    }

    public Optional<AwardTypeVersion> versionOn(LocalDate date) {
        return versions.stream().filter(v -> v.inForceOn(date)).findFirst();
    }

    public AwardTypeVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /**
     * The catalogue with a new legal basis: the new version starts after the latest one and closes it.
     *
     * @throws BusinessRuleException if it would not start after the latest version's start
     */
    public AwardType withVersion(AwardTypeVersion next) {
        AwardTypeVersion last = latest();
        if (!next.validFrom().isAfter(last.validFrom())) {
            throw new BusinessRuleException("award-version-not-later",
                    "Phiên bản mới của \"" + last.name() + "\" phải có hiệu lực sau ngày " + last.validFrom()
                            + " (ngày hiệu lực của phiên bản hiện hành).");
        }
        List<AwardTypeVersion> all = new ArrayList<>(versions.subList(0, versions.size() - 1));
        LocalDate lastDay = next.validFrom().minusDays(1);
        LocalDate closedOn = last.validTo() == null || last.validTo().isAfter(lastDay) ? lastDay : last.validTo();
        all.add(new AwardTypeVersion(last.number(), last.name(), last.category(), last.subjectKind(), last.level(),
                last.authority(), last.timingTypes(), last.rule(), last.councilThresholdPercent(),
                last.strictMajority(), last.publicNoticeWorkingDays(), last.legalBasis(), last.validFrom(), closedOn));
        all.add(new AwardTypeVersion(last.number() + 1, next.name(), next.category(), next.subjectKind(),
                next.level(), next.authority(), next.timingTypes(), next.rule(), next.councilThresholdPercent(),
                next.strictMajority(), next.publicNoticeWorkingDays(), next.legalBasis(), next.validFrom(),
                next.validTo()));
        return new AwardType(id, all, version + 1);
    }
}
