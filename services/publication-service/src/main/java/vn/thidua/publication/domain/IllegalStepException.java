package vn.thidua.publication.domain;

/** A workflow step asked from a status that does not allow it; the web layer answers 409. */
public class IllegalStepException extends RuntimeException {

    private final ArticleStatus current;
    private final EditorialAction action;

    public IllegalStepException(ArticleStatus current, EditorialAction action) {
        super("Không thể " + action.label() + " khi bài viết đang ở trạng thái \"" + current.label() + "\".");
        this.current = current;
        this.action = action;
    }

    public ArticleStatus current() {
        return current;
    }

    public EditorialAction action() {
        return action;
    }
}
