package vn.thidua.publication.application;

import java.util.Map;
import vn.thidua.support.problem.ProblemException;

/** The two ways an upload is refused before it is stored. */
public final class PhotoProblems {

    private PhotoProblems() {
    }

    public static final class TooLarge extends ProblemException {
        public TooLarge(int maxBytes) {
            super("Ảnh lớn quá " + (maxBytes / (1024 * 1024)) + " MB; vui lòng giảm kích thước ảnh rồi tải lại.",
                    Map.of("maxBytes", maxBytes));
        }

        @Override public int status() { return 413; }
        @Override public String typeSlug() { return "payload-too-large"; }
        @Override public String title() { return "Dữ liệu gửi lên quá lớn"; }
    }

    public static final class UnsupportedType extends ProblemException {
        UnsupportedType() {
            super("Chỉ nhận ảnh JPEG, PNG hoặc WebP.");
        }

        @Override public int status() { return 415; }
        @Override public String typeSlug() { return "unsupported-media-type"; }
        @Override public String title() { return "Kiểu nội dung không được hỗ trợ"; }
    }
}
