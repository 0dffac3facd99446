package vn.thidua.campaign.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.contracts.events.campaign.CampaignKind;
import vn.thidua.contracts.events.campaign.CampaignMilestones;
import vn.thidua.contracts.events.campaign.CampaignPeriod;
import vn.thidua.contracts.events.campaign.CampaignScope;
import vn.thidua.contracts.events.campaign.Criterion;
import vn.thidua.contracts.events.campaign.LegalBasis;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.support.text.TextFields;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/**
 * What an authority writes in its plan when it launches a campaign: everything a draft holds apart from its
 * identity and status. {@link #normalised()} checks every rule at once, so the officer sees all mistakes together,
 * and brings the text to NFC. The value types are the contract's, on purpose: the launch event carries exactly
 * this definition, and one shape for both keeps them from drifting apart.
 */
public record CampaignDefinition(
        String title,
        CampaignKind kind,
        UnitRef launchingUnit,
        String signerTitle,
        LegalBasis legalBasis,
        CampaignPeriod period,
        CampaignScope scope,
        List<String> goals,
        List<Criterion> criteria,
        List<String> awardTypes,
        LocalDate registrationDeadline,
        CampaignMilestones milestones) {

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 2000;
    private static final String REQUIRED = TextFields.REQUIRED;

    public CampaignDefinition {
        goals = goals == null ? List.of() : List.copyOf(goals);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        awardTypes = awardTypes == null ? List.of() : List.copyOf(awardTypes);
    }

    /**
     * The definition in NFC with blanks trimmed, and the citation of the legal basis written out when the officer
     * left it empty.
     *
     * @throws InvalidInputException naming every field that breaks a rule
     */
    public CampaignDefinition normalised() {
        var errors = new ArrayList<FieldProblem>();
        String cleanTitle = TextFields.required(title, "title", MAX_TITLE, errors);
        if (kind == null) {
            errors.add(new FieldProblem("kind", REQUIRED));
        }
        UnitRef unit = null;
        if (launchingUnit == null) {
            errors.add(new FieldProblem("launchingUnit", REQUIRED));
        } else {
            unit = new UnitRef(TextFields.required(launchingUnit.code(), "launchingUnit.code", 50, errors),
                    TextFields.required(launchingUnit.name(), "launchingUnit.name", MAX_TITLE, errors));
        }
        String signer = TextFields.required(signerTitle, "signerTitle", MAX_TITLE, errors);
        LegalBasis basis = legalBasis(errors);
        checkPeriod(errors);
        CampaignScope cleanScope = scope(errors);
        List<String> cleanGoals = TextFields.list(goals, "goals", MAX_TEXT, errors);
        List<Criterion> cleanCriteria = criteria(errors);
        List<String> cleanAwards = TextFields.list(awardTypes, "awardTypes", MAX_TEXT, errors);
        checkDates(errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CampaignDefinition(cleanTitle, kind, unit, signer, basis, period, cleanScope, cleanGoals,
                cleanCriteria, cleanAwards, registrationDeadline, milestones);
    }

    private LegalBasis legalBasis(List<FieldProblem> errors) {
        if (legalBasis == null) {
            errors.add(new FieldProblem("legalBasis", REQUIRED));
            return null;
        }
        String number = TextFields.required(legalBasis.documentNumber(), "legalBasis.documentNumber", 100, errors);
        if (legalBasis.documentType() == null) {
            errors.add(new FieldProblem("legalBasis.documentType", REQUIRED));
        }
        if (legalBasis.issuedOn() == null) {
            errors.add(new FieldProblem("legalBasis.issuedOn", REQUIRED));
        }
        String issuer = TextFields.optional(legalBasis.issuer(), "legalBasis.issuer", MAX_TITLE, errors);
        String citation = TextFields.optional(legalBasis.citation(), "legalBasis.citation", MAX_TITLE, errors);
        if (citation == null && number != null && legalBasis.documentType() != null && legalBasis.issuedOn() != null) {
            citation = LegalCitations.cite(legalBasis.documentType(), number, legalBasis.issuedOn());
        }
        return new LegalBasis(number, legalBasis.documentType(), legalBasis.issuedOn(), issuer, citation);
    }

    private void checkPeriod(List<FieldProblem> errors) {
        if (period == null) {
            errors.add(new FieldProblem("period", REQUIRED));
            return;
        }
        if (period.from() == null) {
            errors.add(new FieldProblem("period.from", REQUIRED));
        }
        if (period.to() == null) {
            errors.add(new FieldProblem("period.to", REQUIRED));
        }
        if (period.from() != null && period.to() != null && period.to().isBefore(period.from())) {
            errors.add(new FieldProblem("period.to", "Ngày kết thúc phải sau hoặc trùng ngày bắt đầu ("
                    + period.from() + ")."));
        }
    }

    private CampaignScope scope(List<FieldProblem> errors) {
        if (scope == null) {
            errors.add(new FieldProblem("scope", REQUIRED));
            return null;
        }
        List<String> units = TextFields.list(scope.unitCodes(), "scope.unitCodes", MAX_TEXT, errors);
        if (units.isEmpty()) {
            errors.add(new FieldProblem("scope.unitCodes", "Cần ít nhất một đơn vị trong phạm vi phong trào."));
        }
        List<String> clusters = scope.clusterIds() == null ? null
                : TextFields.list(scope.clusterIds(), "scope.clusterIds", MAX_TEXT, errors);
        return new CampaignScope(units, scope.includeSubUnits(), clusters == null || clusters.isEmpty()
                ? null : clusters);
    }

    private List<Criterion> criteria(List<FieldProblem> errors) {
        var clean = new ArrayList<Criterion>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            String at = "criteria[" + i + "]";
            Criterion criterion = criteria.get(i);
            if (criterion == null) {
                errors.add(new FieldProblem(at, REQUIRED));
                continue;
            }
            String code = TextFields.required(criterion.code(), at + ".code", 50, errors);
            if (code != null && !codes.add(code)) {
                errors.add(new FieldProblem(at + ".code", "Mã tiêu chí \"" + code + "\" bị trùng."));
            }
            String name = TextFields.required(criterion.name(), at + ".name", MAX_TITLE, errors);
            positive(criterion.weight(), at + ".weight", errors);
            positive(criterion.maxScore(), at + ".maxScore", errors);
            clean.add(new Criterion(code, name, criterion.weight(), criterion.maxScore()));
        }
        return clean;
    }

    private void checkDates(List<FieldProblem> errors) {
        if (period == null || period.from() == null || period.to() == null) {
            return;
        }
        if (registrationDeadline != null && registrationDeadline.isAfter(period.to())) {
            errors.add(new FieldProblem("registrationDeadline",
                    "Hạn đăng ký thi đua phải nằm trong thời gian phong trào (trước " + period.to() + ")."));
        }
        if (milestones == null) {
            errors.add(new FieldProblem("milestones", "Cần có hạn tổng kết (milestones.finalReviewDue)."));
            return;
        }
        if (milestones.finalReviewDue() == null) {
            errors.add(new FieldProblem("milestones.finalReviewDue", REQUIRED));
        } else if (milestones.finalReviewDue().isBefore(period.from())) {
            errors.add(new FieldProblem("milestones.finalReviewDue",
                    "Hạn tổng kết không thể trước ngày bắt đầu phong trào (" + period.from() + ")."));
        }
        LocalDate midTerm = milestones.midTermReviewDue();
        if (midTerm != null && (midTerm.isBefore(period.from()) || midTerm.isAfter(period.to()))) {
            errors.add(new FieldProblem("milestones.midTermReviewDue",
                    "Hạn sơ kết phải nằm trong thời gian phong trào."));
        }
        if (midTerm != null && milestones.finalReviewDue() != null && !midTerm.isBefore(milestones.finalReviewDue())) {
            errors.add(new FieldProblem("milestones.midTermReviewDue", "Hạn sơ kết phải trước hạn tổng kết."));
        }
    }

    private static void positive(BigDecimal value, String field, List<FieldProblem> errors) {
        if (value == null) {
            errors.add(new FieldProblem(field, REQUIRED));
        } else if (value.signum() <= 0) {
            errors.add(new FieldProblem(field, "Phải lớn hơn 0."));
        }
    }
}
