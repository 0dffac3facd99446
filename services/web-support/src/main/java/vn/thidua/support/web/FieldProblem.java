package vn.thidua.support.web;

/**
 * One refused field of a request, an element of a problem's {@code errors} list.
 *
 * @param field   where the value was, as a JSON path relative to the body ({@code period.from},
 *                {@code criteria[0].maxScore}) or the name of a query parameter, path variable or header;
 *                {@code null} when the problem concerns the request as a whole
 * @param message a Vietnamese sentence meant to be shown next to that field ("Không được để trống.")
 */
public record FieldProblem(String field, String message) {
}
