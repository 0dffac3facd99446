package vn.thidua.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.thidua.devstack.mongo.MongoWireServer;

final class MongoComponent extends Component {

    @Override
    String name() {
        return "mongo";
    }

    @Override
    int stage() {
        return 0;
    }

    @Override
    List<PortSpec> ports() {
        return List.of(DevStack.MONGO);
    }

    @Override
    String address(StackContext context) {
        return context.mongoUri();
    }

    @Override
    void checkInstalled(StackContext context) {
        requireFile(context.devstackHome().resolve("lib"), "thư viện của devstack");
    }

    @Override
    ProcessBuilder command(StackContext context, Map<String, String> extraEnv) {
        Path file = context.dataDir().resolve("mongo").resolve("thidua.mv");
        var jvm = new java.util.ArrayList<>(List.of("-Xmx256m", parentWatch()));
        jvm.addAll(childLogging());
        var builder = new ProcessBuilder(java(context, jvm, context.launcherClasspath(), MongoWireServer.class.getName(),
                List.of("--port=" + context.port(DevStack.MONGO.name()), "--file=" + file)));
        builder.environment().putAll(extraEnv);
        return builder.directory(context.dataDir().toFile());
    }

    @Override
    boolean ready(StackContext context) {
        return Probes.mongoPings(context.mongoUri(), context.port(DevStack.MONGO.name()));
    }
}
