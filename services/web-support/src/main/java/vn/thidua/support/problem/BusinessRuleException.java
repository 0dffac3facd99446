package vn.thidua.support.problem;

import java.util.Map;

/**
 * A business rule refused the request although it was well formed (422): ineligible, deadline passed, quota full.
 * {@code rule} is a stable machine-readable code such as {@code registration-deadline-passed}.
 */
public class BusinessRuleException extends ProblemException {

    private final String rule;

    public BusinessRuleException(String rule, String detail) {
        this(rule, detail, Map.of());
    }

    public BusinessRuleException(String rule, String detail, Map<String, Object> properties) {
        super(detail, withRule(rule, properties));
        this.rule = rule;
    }

    private static Map<String, Object> withRule(String rule, Map<String, Object> properties) {
        var all = new java.util.LinkedHashMap<String, Object>(properties);
        all.put("rule", rule);
        return all;
    }

    public String rule() {
        return rule;
    }

    @Override public int status() { return 422; }
    @Override public String typeSlug() { return "business-rule"; }
    @Override public String title() { return "Yêu cầu không đáp ứng quy định"; }
}
