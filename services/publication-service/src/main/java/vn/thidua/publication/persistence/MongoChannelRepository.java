package vn.thidua.publication.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.HashSet;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.publication.application.ChannelRepository;
import vn.thidua.publication.domain.Channel;
import vn.thidua.support.messaging.IdempotentUpdates;
import vn.thidua.support.messaging.InboundEvent;

/** Channels in {@value #COLLECTION}, one document per channel with its code as the id. */
@Repository
class MongoChannelRepository implements ChannelRepository {

    static final String COLLECTION = "channels";

    private final ReactiveMongoOperations mongo;
    private final IdempotentUpdates idempotent;

    MongoChannelRepository(ReactiveMongoOperations mongo, IdempotentUpdates idempotent) {
        this.mongo = mongo;
        this.idempotent = idempotent;
    }

    @Override
    public Mono<IdempotentUpdates.Outcome> upsertFrom(Channel channel, InboundEvent<?> event) {
        var update = new Update().set("name", channel.name()).set("kind", channel.kind().name())
                .set("unitCode", channel.unitCode());
        return idempotent.upsert(COLLECTION, channel.code(), event, update);
    }

    @Override
    public Flux<Channel> findAll() {
        return mongo.find(new Query().with(Sort.by("kind", "_id")), Document.class, COLLECTION)
                .map(MongoChannelRepository::channel);
    }

    @Override
    public Mono<Channel> findByCode(String code) {
        return mongo.findById(code, Document.class, COLLECTION).map(MongoChannelRepository::channel);
    }

    @Override
    public Flux<String> unknown(Collection<String> codes) {
        return mongo.find(query(where("_id").in(codes)), Document.class, COLLECTION)
                .map(document -> document.getString("_id"))
                .collect(HashSet<String>::new, HashSet::add)
                .flatMapMany(known -> Flux.fromIterable(codes).filter(code -> !known.contains(code)));
    }

    @Override
    public Mono<Channel> upsert(Channel channel) {
        var update = new Update().set("name", channel.name()).set("kind", channel.kind().name());
        if (channel.unitCode() != null) {
            update.set("unitCode", channel.unitCode());
        }
        return mongo.findAndModify(query(where("_id").is(channel.code())), update,
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
                .map(MongoChannelRepository::channel);
    }

    @Override
    public Mono<Void> ensure(Channel channel) {
        return mongo.insert(document(channel), COLLECTION).then()
                .onErrorResume(DuplicateKeyException.class, exists -> Mono.empty());
    }

    private static Document document(Channel channel) {
        var document = new Document("_id", channel.code()).append("name", channel.name())
                .append("kind", channel.kind().name());
        if (channel.unitCode() != null) {
            document.append("unitCode", channel.unitCode());
        }
        return document;
    }

    private static Channel channel(Document document) {
        return new Channel(document.getString("_id"), document.getString("name"),
                Channel.ChannelKind.valueOf(document.getString("kind")), document.getString("unitCode"));
    }
}
