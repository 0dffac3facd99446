package vn.thidua.exemplar.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.nomination.AwardRevoked;
import vn.thidua.exemplar.application.Revocations;

/** Revoked awards in {@value #COLLECTION}, one document per award id; remembering one twice changes nothing. */
@Repository
class MongoRevocations implements Revocations {

    static final String COLLECTION = "revoked_awards";

    private final ReactiveMongoOperations mongo;

    MongoRevocations(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Void> remember(AwardRevoked revocation) {
        var update = new Update()
                .setOnInsert("decisionId", revocation.decisionId())
                .setOnInsert("awardTypeCode", revocation.awardTypeCode())
                .setOnInsert("revokedOn", revocation.revokedOn().toString())
                .setOnInsert("ground", revocation.ground().name());
        return mongo.upsert(query(where("_id").is(revocation.awardId())), update, COLLECTION).then();
    }

    @Override
    public Mono<Boolean> isRevoked(String awardId) {
        return mongo.exists(query(where("_id").is(awardId)), COLLECTION);
    }
}
