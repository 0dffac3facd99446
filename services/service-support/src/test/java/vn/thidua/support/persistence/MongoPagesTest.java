package vn.thidua.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import vn.thidua.support.testing.MongoFixture;
import vn.thidua.support.web.PageResult;

class MongoPagesTest {

    private final MongoFixture mongo = new MongoFixture();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aPageHoldsItsSliceInOrderAndTheTotalOfAllMatches() {
        IntStream.rangeClosed(1, 7).forEach(i -> mongo.template().insert(
                new Document("_id", "d" + i).append("rank", i).append("status", i == 4 ? "DRAFT" : "LAUNCHED"),
                "things").block());

        PageResult<Document> second = MongoPages.find(mongo.template(), "things", Document.class,
                where("status").is("LAUNCHED"), Sort.by(Sort.Order.desc("rank")), 1, 2).block();

        assertThat(second.items()).extracting(d -> d.getString("_id")).containsExactly("d5", "d3");
        assertThat(second.total()).isEqualTo(6);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
    }

    @Test
    void aPagePastTheEndIsEmptyButStillCounts() {
        mongo.template().insert(new Document("_id", "only").append("status", "LAUNCHED"), "things").block();

        PageResult<Document> far = MongoPages.find(mongo.template(), "things", Document.class,
                where("status").is("LAUNCHED"), Sort.by("_id"), 3, 20).block();

        assertThat(far.items()).isEmpty();
        assertThat(far.total()).isEqualTo(1);
    }
}
