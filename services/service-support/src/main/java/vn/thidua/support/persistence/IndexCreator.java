package vn.thidua.support.persistence;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import reactor.core.publisher.Flux;

/**
 * Creates the declared indexes when the service is ready. Creating an index that exists is a no-op, so this runs
 * at every start; a failure (the database briefly away) is logged and the next start tries again, because a
 * missing index slows queries but must not keep the service from answering.
 */
public class IndexCreator implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(IndexCreator.class);

    private final ReactiveMongoOperations mongo;
    private final List<CollectionIndexes> declared;

    public IndexCreator(ReactiveMongoOperations mongo, List<CollectionIndexes> declared) {
        this.mongo = mongo;
        this.declared = List.copyOf(declared);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Flux.fromIterable(declared)
                .concatMap(collection -> Flux.fromIterable(collection.indexes())
                        .concatMap(index -> mongo.indexOps(collection.collection()).createIndex(index)))
                .timeout(Duration.ofSeconds(60))
                .subscribe(name -> log.debug("Index {} ready", name),
                        e -> log.warn("Could not create every index; the next start tries again: {}", e.toString()));
    }
}
