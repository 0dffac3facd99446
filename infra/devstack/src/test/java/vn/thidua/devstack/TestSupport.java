package vn.thidua.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Paths of this module's build and small helpers; the tests start real processes from the real build output. */
final class TestSupport {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private TestSupport() {
    }

    static Path moduleDir() {
        return Path.of("").toAbsolutePath();
    }

    static Path home() {
        return moduleDir().resolve(System.getProperty("thidua.target", "target"));
    }

    static Path repoRoot() {
        return moduleDir().resolve("../..").normalize();
    }

    static String launcherClasspath() {
        return home().resolve("classes") + java.io.File.pathSeparator + home().resolve("lib").resolve("*");
    }

    /** A stack of this checkout, on free ports and a data folder of the test's own, with only the named components. */
    static DevStack.Builder only(Path dataDir, List<String> output, String... components) {
        List<String> wanted = List.of(components);
        List<String> others = DevStack.COMPONENT_NAMES.stream()
                .filter(name -> !wanted.contains(name)).toList();
        return DevStack.builder(repoRoot()).devstackHome(home()).dataDir(dataDir).freePorts().without(others)
                .output(recorder(output));
    }

    static Consumer<String> recorder(List<String> lines) {
        return line -> {
            lines.add(line);
            System.out.println(line);
        };
    }

    static List<String> lines() {
        return new CopyOnWriteArrayList<>();
    }

    static Process java(String mainClass, Map<String, String> environment, List<String> removed, Path log,
                        String... arguments) throws IOException {
        var command = new ArrayList<>(List.of(StackContext.currentJava(), "-XX:TieredStopAtLevel=1", "-cp",
                launcherClasspath(), mainClass));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        removed.forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        return builder.start();
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** An executable jar of one test class (and its nested classes), as {@code java -jar} wants it. */
    static void writeJar(Path jar, Class<?> mainClass) throws IOException {
        Files.createDirectories(jar.getParent());
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        String packagePath = mainClass.getPackageName().replace('.', '/');
        Path classes = home().resolve("test-classes").resolve(packagePath);
        try (OutputStream file = Files.newOutputStream(jar); var out = new JarOutputStream(file, manifest);
             var entries = Files.list(classes)) {
            for (Path classFile : entries.filter(path -> path.getFileName().toString()
                    .matches(mainClass.getSimpleName() + "(\\$.*)?\\.class")).toList()) {
                out.putNextEntry(new JarEntry(packagePath + "/" + classFile.getFileName()));
                out.write(Files.readAllBytes(classFile));
                out.closeEntry();
            }
        }
    }

    /** A checkout whose applications are fakes, built where the launcher looks for the real jars. */
    static Path fakeRepo(Path root, Class<?> gatewayMain) throws IOException {
        String target = System.getProperty("thidua.target", "target");
        for (Application application : Applications.ALL) {
            Class<?> main = application.name().equals("gateway") ? gatewayMain : FakeApplication.class;
            writeJar(root.resolve(application.moduleDir()).resolve(target).resolve(application.jarName()), main);
        }
        return root;
    }
}
