package vn.thidua.support.persistence;

import java.util.List;
import org.springframework.data.mongodb.core.index.IndexDefinition;

/**
 * The indexes a service wants on one of its collections. Declare one bean per collection; {@link IndexCreator}
 * creates them all once the service is up. Every unique index starts with the province code (architecture.md).
 */
public record CollectionIndexes(String collection, List<IndexDefinition> indexes) {

    public CollectionIndexes {
        indexes = List.copyOf(indexes);
    }

    public static CollectionIndexes of(String collection, IndexDefinition... indexes) {
        return new CollectionIndexes(collection, List.of(indexes));
    }
}
