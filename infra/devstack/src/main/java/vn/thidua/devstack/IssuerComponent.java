package vn.thidua.devstack;

import java.util.List;
import java.util.Map;
import vn.thidua.devstack.issuer.DevTokenIssuer;

final class IssuerComponent extends ModuleMainComponent {

    IssuerComponent() {
        super(DevStack.ISSUER, DevTokenIssuer.class, "64m");
    }

    @Override
    List<String> arguments(StackContext context) {
        return List.of("--port=" + port(context),
                "--key-file=" + context.dataDir().resolve("issuer").resolve("signing-key.json"));
    }

    @Override
    Map<String, String> environment() {
        return Map.of(DevTokenIssuer.PROFILE_VARIABLE, DevTokenIssuer.DEV_PROFILE);
    }

    @Override
    String address(StackContext context) {
        return context.issuerUrl();
    }

    @Override
    Probes.Check readiness(StackContext context) {
        return Probes.http200(context.issuerUrl() + "/.well-known/jwks.json");
    }
}
