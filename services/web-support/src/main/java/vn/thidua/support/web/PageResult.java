package vn.thidua.support.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list answer: the items, where the page is, and how many there are in all, so that a client can
 * draw its pager without a second request.
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageResult {
        items = List.copyOf(items);
    }

    /** The same page with every item turned into what the API shows. */
    public <R> PageResult<R> map(Function<? super T, ? extends R> view) {
        return new PageResult<>(items.stream().<R>map(view).toList(), page, size, total);
    }

    /** Checks the paging parameters of a request: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
    public static void requireValid(int page, int size) {
        if (page < 0) {
            throw new MalformedRequestException("Tham số phân trang không hợp lệ.",
                    new FieldProblem("page", "Phải là số nguyên không âm."));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new MalformedRequestException("Tham số phân trang không hợp lệ.",
                    new FieldProblem("size", "Phải từ 1 đến " + MAX_SIZE + "."));
        }
    }
}
