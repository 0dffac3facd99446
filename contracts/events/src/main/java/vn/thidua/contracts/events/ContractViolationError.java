package vn.thidua.contracts.events;

import java.util.List;

/**
 * A payload does not conform to its event's JSON Schema. An {@link AssertionError}, so that a producer's test
 * that emits a bad event fails like any other assertion, with every violation in the message.
 */
public final class ContractViolationError extends AssertionError {

    private final String wireType;
    private final List<String> violations;

    ContractViolationError(String wireType, List<String> violations, String json) {
        super(message(wireType, violations, json));
        this.wireType = wireType;
        this.violations = List.copyOf(violations);
    }

    public String wireType() {
        return wireType;
    }

    public List<String> violations() {
        return violations;
    }

    private static String message(String wireType, List<String> violations, String json) {
        StringBuilder message = new StringBuilder("Payload violates the contract of ").append(wireType).append(':');
        violations.forEach(violation -> message.append("\n  - ").append(violation));
        return message.append("\npayload: ").append(json).toString();
    }
}
