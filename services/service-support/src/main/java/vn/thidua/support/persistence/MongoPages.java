package vn.thidua.support.persistence;

import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.CriteriaDefinition;
import reactor.core.publisher.Mono;
import vn.thidua.support.web.PageResult;

/** One page of a collection's list query, with the total a client needs to draw its pager. */
public final class MongoPages {

    private MongoPages() {
    }

    /**
     * The documents matching {@code filter}, in {@code order}, page {@code page} of {@code size}; the items and the
     * total are read in parallel. The order should end with a unique field so that pages never overlap.
     */
    public static <T> Mono<PageResult<T>> find(ReactiveMongoOperations mongo, String collection, Class<T> type,
                                               CriteriaDefinition filter, Sort order, int page, int size) {
        var items = mongo.find(query(filter).with(order).skip((long) page * size).limit(size), type, collection)
                .collectList();
        return items.zipWith(mongo.count(query(filter), collection))
                .map(found -> new PageResult<>(found.getT1(), page, size, found.getT2()));
    }
}
