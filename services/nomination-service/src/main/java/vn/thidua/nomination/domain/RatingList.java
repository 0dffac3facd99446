package vn.thidua.nomination.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;

/**
 * A unit's yearly rating list as a CSV file (UTF-8, comma-separated, first line the header), parsed and checked as a
 * whole: {@link #errors()} names every bad line with its number and reason, and a list with errors is imported not
 * at all. Columns: {@code ho_ten}, {@code ngay_sinh} (dd/MM/yyyy or yyyy-MM-dd), {@code so_dinh_danh},
 * {@code xep_loai} (the Vietnamese label, e.g. "Hoàn thành tốt nhiệm vụ", or its code) and, optionally,
 * {@code chuc_vu}.
 */
public record RatingList(List<Row> rows, List<FieldProblem> errors) {

    static final List<String> REQUIRED = List.of("ho_ten", "ngay_sinh", "so_dinh_danh", "xep_loai");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public record Row(int line, String fullName, LocalDate birthDate, String idNumber, String position,
                      Rating rating) {
    }

    /** How an import went: rows read and people created (the others were known and updated). */
    public record Imported(int rows, int created) {
    }

    public static RatingList parse(String csv) {
        var errors = new ArrayList<FieldProblem>();
        var rows = new ArrayList<Row>();
        String text = csv == null ? "" : VietnameseText.nfc(csv.replace("\uFEFF", ""));
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            errors.add(new FieldProblem("line:1", "Dòng 1: thiếu dòng tiêu đề (" + String.join(",", REQUIRED) + ")."));
            return new RatingList(List.of(), errors);
        }
        List<String> header = split(lines[0]).stream().map(h -> h.trim().toLowerCase()).toList();
        var missing = REQUIRED.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldProblem("line:1", "Dòng 1: thiếu cột " + String.join(", ", missing) + "."));
            return new RatingList(List.of(), errors);
        }
        Map<String, Integer> firstLineOfId = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = split(lines[i]);
            if (cells.size() != header.size()) {
                errors.add(problem(line, "có " + cells.size() + " cột, cần " + header.size() + " như dòng tiêu đề"));
                continue;
            }
            Map<String, String> cell = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cell.put(header.get(c), cells.get(c).trim());
            }
            var reasons = new ArrayList<String>();
            String name = cell.get("ho_ten");
            if (name.isEmpty()) {
                reasons.add("họ tên trống");
            }
            LocalDate birth = date(cell.get("ngay_sinh"), reasons);
            String idNumber = cell.get("so_dinh_danh");
            if (!idNumber.matches("\\d{9}|\\d{12}")) {
                reasons.add("số định danh \"" + idNumber + "\" phải gồm 9 hoặc 12 chữ số");
            } else if (firstLineOfId.containsKey(idNumber)) {
                reasons.add("số định danh trùng với dòng " + firstLineOfId.get(idNumber));
            } else {
                firstLineOfId.put(idNumber, line);
            }
            Rating rating = rating(cell.get("xep_loai"), reasons);
            if (!reasons.isEmpty()) {
                errors.add(problem(line, String.join("; ", reasons)));
                continue;
            }
            String position = cell.getOrDefault("chuc_vu", "");
            rows.add(new Row(line, name, birth, idNumber, position.isEmpty() ? null : position, rating));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldProblem("line:2", "Tệp không có dòng dữ liệu nào."));
        }
        return new RatingList(List.copyOf(rows), List.copyOf(errors));
    }

    private static FieldProblem problem(int line, String reason) {
        return new FieldProblem("line:" + line, "Dòng " + line + ": " + reason + ".");
    }

    private static LocalDate date(String value, List<String> reasons) {
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reasons.add("ngày sinh \"" + value + "\" không hợp lệ (dùng dd/mm/yyyy)");
            return null;
        }
    }

    private static Rating rating(String value, List<String> reasons) {
        String folded = VietnameseText.fold(value);
        for (Rating rating : Rating.values()) {
            if (VietnameseText.fold(rating.label()).equals(folded) || rating.name().equalsIgnoreCase(value)) {
                return rating;
            }
        }
        reasons.add("xếp loại \"" + value + "\" không hợp lệ (một trong: " + Arrays.stream(Rating.values())
                .map(Rating::label).collect(Collectors.joining(", ")) + ")");
        return null;
    }

    /** One CSV line into cells: commas separate, double quotes enclose a cell, a doubled quote is a quote. */
    static List<String> split(String line) {
        var cells = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    current.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        cells.add(current.toString());
        return cells;
    }
}
