package vn.thidua.campaign.domain.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import vn.thidua.contracts.events.campaign.UnitKind;
import vn.thidua.support.text.TextFields;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/**
 * What an officer writes about a unit: everything but its code (the resource's address), its path (derived from
 * the parent) and its headcounts (kept per year on their own resource).
 *
 * @param parentCode     null for the root of the tree (the province)
 * @param validTo        inclusive; null while the unit exists
 * @param successorCodes the units that took over when this one was abolished or merged (the 2025 reform)
 */
public record UnitDefinition(
        String name,
        UnitKind kind,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> successorCodes) {

    /**
     * The last day of the district level: local government has two levels from 1 July 2025, so a district is a
     * historic unit that ended on this day at the latest.
     */
    public static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);

    /** Codes are the identifiers other services and historic decisions use: upper case, digits and hyphens. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");
    private static final int MAX_NAME = 300;

    public UnitDefinition {
        successorCodes = successorCodes == null ? List.of() : List.copyOf(successorCodes);
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /**
     * The definition in NFC, trimmed, checked against every rule at once.
     *
     * @param code the unit's own code, which may not be its parent or its successor
     * @throws InvalidInputException naming every broken field
     */
    public UnitDefinition normalised(String code) {
        var errors = new ArrayList<FieldProblem>();
        String cleanName = TextFields.required(name, "name", MAX_NAME, errors);
        if (kind == null) {
            errors.add(new FieldProblem("kind", TextFields.REQUIRED));
        }
        String parent = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
        if (parent != null && !isCode(parent)) {
            errors.add(new FieldProblem("parentCode", "Mã đơn vị chỉ gồm chữ in hoa, chữ số và dấu gạch ngang."));
        } else if (code.equals(parent)) {
            errors.add(new FieldProblem("parentCode", "Một đơn vị không thể là đơn vị cấp trên của chính nó."));
        }
        if (validFrom == null) {
            errors.add(new FieldProblem("validFrom", TextFields.REQUIRED));
        } else if (validTo != null && validTo.isBefore(validFrom)) {
            errors.add(new FieldProblem("validTo", "Ngày hết hiệu lực không thể trước ngày có hiệu lực (" + validFrom
                    + ")."));
        }
        if (kind == UnitKind.DISTRICT && validFrom != null
                && (validTo == null || validTo.isAfter(LAST_DAY_OF_DISTRICTS))) {
            errors.add(new FieldProblem("validTo", "Cấp huyện chấm dứt hoạt động từ ngày 01/7/2025: đơn vị cấp huyện"
                    + " phải có ngày hết hiệu lực không muộn hơn " + LAST_DAY_OF_DISTRICTS + "."));
        }
        var successors = new LinkedHashSet<String>();
        for (int i = 0; i < successorCodes.size(); i++) {
            String successor = successorCodes.get(i);
            String at = "successorCodes[" + i + "]";
            if (!isCode(successor)) {
                errors.add(new FieldProblem(at, "Mã đơn vị chỉ gồm chữ in hoa, chữ số và dấu gạch ngang."));
            } else if (successor.equals(code)) {
                errors.add(new FieldProblem(at, "Một đơn vị không thể kế thừa chính nó."));
            } else {
                successors.add(successor);
            }
        }
        if (!successors.isEmpty() && validTo == null) {
            errors.add(new FieldProblem("successorCodes",
                    "Chỉ đơn vị đã hết hiệu lực (có ngày validTo) mới có đơn vị kế thừa."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new UnitDefinition(cleanName, kind, parent, validFrom, validTo, List.copyOf(successors));
    }
}
