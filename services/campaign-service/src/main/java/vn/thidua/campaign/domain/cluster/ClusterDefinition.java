package vn.thidua.campaign.domain.cluster;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.contracts.events.campaign.Criterion;
import vn.thidua.support.text.TextFields;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/** What an organiser writes about a cluster: its name, kind and scoring criteria. */
public record ClusterDefinition(String name, ClusterKind kind, List<Criterion> criteria) {

    private static final int MAX_NAME = 300;

    public ClusterDefinition {
        criteria = criteria == null ? List.of() : new ArrayList<>(criteria);
    }

    /** In NFC, trimmed, every broken field named at once. */
    public ClusterDefinition normalised() {
        var errors = new ArrayList<FieldProblem>();
        String cleanName = TextFields.required(name, "name", MAX_NAME, errors);
        if (kind == null) {
            errors.add(new FieldProblem("kind", TextFields.REQUIRED));
        }
        var clean = new ArrayList<Criterion>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String at = "criteria[" + i + "]";
            if (c == null || c.code() == null || c.code().isBlank()) {
                errors.add(new FieldProblem(at + ".code", TextFields.REQUIRED));
                continue;
            }
            if (!codes.add(c.code().strip())) {
                errors.add(new FieldProblem(at + ".code", "Mã tiêu chí \"" + c.code() + "\" bị trùng."));
            }
            if (c.name() == null || c.name().isBlank()) {
                errors.add(new FieldProblem(at + ".name", TextFields.REQUIRED));
            }
            positive(c.weight(), at + ".weight", errors);
            positive(c.maxScore(), at + ".maxScore", errors);
            clean.add(new Criterion(c.code().strip(), c.name() == null ? null : VietnameseText.nfc(c.name().strip()),
                    c.weight(), c.maxScore()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ClusterDefinition(cleanName, kind, List.copyOf(clean));
    }

    private static void positive(BigDecimal value, String field, List<FieldProblem> errors) {
        if (value == null) {
            errors.add(new FieldProblem(field, TextFields.REQUIRED));
        } else if (value.signum() <= 0) {
            errors.add(new FieldProblem(field, "Phải lớn hơn 0."));
        }
    }
}
