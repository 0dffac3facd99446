package vn.thidua.devstack;

import java.util.List;
import java.util.Map;
import vn.thidua.devstack.issuer.DevTokenIssuer;

final class IssuerComponent extends Component {

    @Override
    String name() {
        return "issuer";
    }

    @Override
    int stage() {
        return 0;
    }

    @Override
    List<PortSpec> ports() {
        return List.of(DevStack.ISSUER);
    }

    @Override
    String address(StackContext context) {
        return context.issuerUrl();
    }

    @Override
    void checkInstalled(StackContext context) {
        requireFile(context.devstackHome().resolve("lib"), "thư viện của devstack");
    }

    @Override
    ProcessBuilder command(StackContext context, Map<String, String> extraEnv) {
        var jvm = new java.util.ArrayList<>(List.of("-Xmx64m", parentWatch()));
        jvm.addAll(childLogging());
        var builder = new ProcessBuilder(java(context, jvm, context.launcherClasspath(), DevTokenIssuer.class.getName(),
                List.of("--port=" + context.port(DevStack.ISSUER.name()),
                        "--key-file=" + context.dataDir().resolve("issuer").resolve("signing-key.json"))));
        builder.environment().put(DevTokenIssuer.PROFILE_VARIABLE, DevTokenIssuer.DEV_PROFILE);
        builder.environment().putAll(extraEnv);
        return builder.directory(context.dataDir().toFile());
    }

    @Override
    boolean ready(StackContext context) {
        return Probes.answers200(context.issuerUrl() + "/.well-known/jwks.json");
    }
}
