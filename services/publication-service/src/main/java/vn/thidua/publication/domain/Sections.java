package vn.thidua.publication.domain;

import vn.thidua.contracts.events.publication.ArticleCategory;

/** The portal's sections: the first path segment of an article's public URL and its Vietnamese name. */
public final class Sections {

    private Sections() {
    }

    public static String of(ArticleCategory category) {
        return switch (category) {
            case NEWS -> "tin-tuc";
            case CAMPAIGNS -> "phong-trao-thi-dua";
            case EXEMPLARS -> "dien-hinh-tien-tien";
            case DECISIONS -> "khen-thuong";
            case PUBLIC_NOTICES -> "cong-khai";
        };
    }

    public static String label(ArticleCategory category) {
        return switch (category) {
            case NEWS -> "Tin tức";
            case CAMPAIGNS -> "Phong trào thi đua";
            case EXEMPLARS -> "Điển hình tiên tiến";
            case DECISIONS -> "Khen thưởng";
            case PUBLIC_NOTICES -> "Công khai, lấy ý kiến nhân dân";
        };
    }
}
