package vn.thidua.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A main class of this very module (the Mongo server, the issuer), run from the launcher's own class path, which
 * {@code target/lib} completes. Such a child watches the launcher and ends with it.
 */
abstract class ModuleMainComponent extends Component {

    private final PortSpec port;
    private final Class<?> mainClass;
    private final String maxHeap;

    ModuleMainComponent(PortSpec port, Class<?> mainClass, String maxHeap) {
        this.port = port;
        this.mainClass = mainClass;
        this.maxHeap = maxHeap;
    }

    abstract List<String> arguments(StackContext context);

    Map<String, String> environment() {
        return Map.of();
    }

    @Override
    final String name() {
        return port.name();
    }

    @Override
    final int stage() {
        return 0;
    }

    @Override
    final List<PortSpec> ports() {
        return List.of(port);
    }

    int port(StackContext context) {
        return context.port(port.name());
    }

    @Override
    final void checkInstalled(StackContext context) {
        requireFile(context.devstackHome().resolve("lib"), "thư viện của devstack");
    }

    @Override
    final ProcessBuilder command(StackContext context) {
        var jvm = new ArrayList<>(List.of("-Xmx" + maxHeap, parentWatch()));
        jvm.addAll(childLogging());
        var builder = new ProcessBuilder(java(context, jvm,
                List.of("-cp", context.launcherClasspath(), mainClass.getName()), arguments(context)));
        builder.environment().putAll(environment());
        return builder.directory(context.dataDir().toFile());
    }
}
