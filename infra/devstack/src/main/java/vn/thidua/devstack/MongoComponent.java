package vn.thidua.devstack;

import java.util.List;
import java.util.Optional;
import vn.thidua.devstack.mongo.MongoWireServer;

final class MongoComponent extends ModuleMainComponent {

    MongoComponent() {
        super(DevStack.MONGO, MongoWireServer.class, "256m");
    }

    @Override
    List<String> arguments(StackContext context) {
        return List.of("--port=" + port(context), "--file=" + context.dataDir().resolve("mongo").resolve("thidua.mv"));
    }

    @Override
    String address(StackContext context) {
        return context.localMongoUri();
    }

    @Override
    Probes.Check readiness(StackContext context) {
        return Probes.mongo(context.localMongoUri(), port(context), Probes.POLL_TIMEOUT);
    }

    @Override
    Optional<String> external(StackContext context) {
        return Optional.ofNullable(context.externalMongo());
    }

    @Override
    Probes.Check externalCheck(String address) {
        return Probes.mongo(address, Probes.NO_PORT, DevStack.EXTERNAL_PROBE_TIMEOUT);
    }
}
