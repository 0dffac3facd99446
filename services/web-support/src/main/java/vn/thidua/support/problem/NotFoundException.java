package vn.thidua.support.problem;

/** The resource does not exist or the caller may not see it (404: we do not reveal which). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(detail);
    }

    public static NotFoundException of(String resourceLabel, String id) {
        return new NotFoundException("Không tìm thấy " + resourceLabel + " có mã \"" + id + "\".");
    }

    @Override public int status() { return 404; }
    @Override public String typeSlug() { return "not-found"; }
    @Override public String title() { return "Không tìm thấy"; }
}
