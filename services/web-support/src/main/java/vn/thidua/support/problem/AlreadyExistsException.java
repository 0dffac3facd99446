package vn.thidua.support.problem;

/** A create named an identifier (or a unique key) that is already taken (409). */
public class AlreadyExistsException extends ProblemException {

    public AlreadyExistsException(String detail) {
        super(detail);
    }

    @Override public int status() { return 409; }
    @Override public String typeSlug() { return "already-exists"; }
    @Override public String title() { return "Dữ liệu đã tồn tại"; }
}
