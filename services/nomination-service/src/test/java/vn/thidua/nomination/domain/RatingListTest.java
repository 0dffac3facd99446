package vn.thidua.nomination.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.support.web.FieldProblem;

class RatingListTest {

    @Test
    void quotedCellsKeepTheirCommasAndLabelsMatchWithoutDiacritics() {
        var list = RatingList.parse("xep_loai,ho_ten,so_dinh_danh,ngay_sinh\n"
                + "HOAN THANH TOT NHIEM VU,\"Nguyễn Văn \"\"Út\"\", con\",012345678,1990-02-28\n");
        assertThat(list.errors()).isEmpty();
        assertThat(list.rows()).singleElement().satisfies(row -> {
            assertThat(row.fullName()).isEqualTo("Nguyễn Văn \"Út\", con");
            assertThat(row.rating()).isEqualTo(Rating.GOOD);
            assertThat(row.line()).isEqualTo(2);
        });
    }

    @Test
    void aMissingColumnOrAnEmptyFileIsReported() {
        assertThat(RatingList.parse("ho_ten,ngay_sinh\n").errors()).extracting(FieldProblem::message)
                .containsExactly("Dòng 1: thiếu cột so_dinh_danh, xep_loai.");
        assertThat(RatingList.parse("ho_ten,ngay_sinh,so_dinh_danh,xep_loai\n").errors())
                .extracting(FieldProblem::message).containsExactly("Tệp không có dòng dữ liệu nào.");
        assertThat(RatingList.parse("ho_ten,ngay_sinh,so_dinh_danh,xep_loai\nA,1/1/1990,123456789\n").errors())
                .extracting(FieldProblem::message).containsExactly("Dòng 2: có 3 cột, cần 4 như dòng tiêu đề.");
    }
}
