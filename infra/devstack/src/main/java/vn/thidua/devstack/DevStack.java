package vn.thidua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import vn.thidua.devstack.demo.DemoData;
import vn.thidua.devstack.demo.DemoDataException;

/**
 * The whole thidua stack on one machine, each component a process of its own: a MongoDB-wire server, a Kafka
 * broker and the development token issuer, then the services, then the gateway, every step waiting on a readiness
 * check. Used by {@link Main} ({@code ./run.sh}) and, in-process, by the end-to-end tests, which also stop, kill
 * and restart single components.
 *
 * <pre>{@code
 * try (DevStack stack = DevStack.builder(repoRoot).dataDir(tmp).freePorts().build()) {
 *     stack.start();                       // returns once the gateway is ready
 *     stack.stop("publication-service");
 *     stack.start("publication-service", Map.of("THIDUA_MESSAGING_OUTBOX_ENABLED", "false"));
 * }
 * }</pre>
 */
public final class DevStack implements AutoCloseable {

    public static final PortSpec MONGO = new PortSpec("mongo", "THIDUA_MONGO_PORT", 27017);
    public static final PortSpec KAFKA = new PortSpec("kafka", "THIDUA_KAFKA_PORT", 9092);
    public static final PortSpec KAFKA_CONTROLLER = new PortSpec("kafka-controller", "THIDUA_KAFKA_CONTROLLER_PORT", 9093);
    public static final PortSpec ISSUER = new PortSpec("issuer", "THIDUA_ISSUER_PORT", 9000);
    public static final PortSpec PROMETHEUS = new PortSpec(PrometheusComponent.NAME, "THIDUA_PROMETHEUS_PORT", 9090);

    /**
     * Every component in start order; they hold no state, so all stacks share them. Declared after the port
     * constants, which the components read while this list is being built.
     */
    static final List<Component> COMPONENTS = components();
    static final List<String> COMPONENT_NAMES = COMPONENTS.stream().map(Component::name).toList();
    static final List<PortSpec> PORT_SPECS = COMPONENTS.stream().flatMap(c -> c.ports().stream()).toList();

    static final Duration GRACE = Duration.ofSeconds(15);
    /** Long enough for a server across a network, short enough that a wrong address is reported at once. */
    static final Duration EXTERNAL_PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final StackContext context;
    private final Set<String> without;
    private final Consumer<String> output;
    private final Duration timeout;

    private final Object operations = new Object();
    private final Object registry = new Object();
    private final Map<String, RunningProcess> running = new LinkedHashMap<>();
    private final ExecutorService starters = Executors.newCachedThreadPool(runnable -> {
        var thread = new Thread(runnable, "devstack-start");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean closed = new AtomicBoolean();
    private final boolean demoData;
    private boolean started;
    private DataDirLock lock;

    private DevStack(StackContext context, Set<String> without, Consumer<String> output, Duration timeout,
                     boolean demoData) {
        this.context = context;
        this.without = without;
        this.output = output;
        this.timeout = timeout;
        this.demoData = demoData;
    }

    public static Builder builder(Path repoRoot) {
        return new Builder(repoRoot);
    }

    // ---------------------------------------------------------------------------------------------------- the stack

    /**
     * Starts every component not left out and not served externally, stage after stage, and returns once all are
     * ready (the line {@code READY <gateway url>} is printed then). On failure everything started is stopped again
     * and the exception names the component, with the end of its log.
     *
     * @throws DevStackException.AlreadyRunning another launcher uses the data folder (nothing was touched)
     * @throws DevStackException.PortInUse      a port is taken by another program (nothing was started)
     * @throws DevStackException.ComponentFailed a component died or was not ready in time, or an external server
     *                                          did not answer (nothing was started)
     * @throws DevStackException.Aborted        {@link #close()} was called meanwhile
     */
    public void start() {
        synchronized (operations) {
            requireOpen();
            if (started) {
                throw new IllegalStateException("DevStack.start() chỉ gọi một lần");
            }
            started = true;
            Instant began = Instant.now();
            try {
                acquireLock();
                List<Component> selected = COMPONENTS.stream()
                        .filter(c -> !without.contains(c.name()) && c.external(context).isEmpty()).toList();
                selected.forEach(component -> component.checkInstalled(context));
                selected.forEach(this::requirePortsFree);
                output.accept("thidua: khởi động " + selected.size() + " thành phần; dữ liệu " + context.dataDir()
                        + skippedAndExternal());
                COMPONENTS.forEach(this::requireExternalAnswers);
                var stages = new TreeMap<Integer, List<Component>>();
                selected.forEach(c -> stages.computeIfAbsent(c.stage(), stage -> new ArrayList<>()).add(c));
                for (List<Component> stage : stages.values()) {
                    startTogether(stage);
                }
                if (demoData) {
                    loadDemoData();
                }
                output.accept("READY " + gatewayUrl() + " (" + seconds(Duration.between(began, Instant.now())) + ")"
                        + (without.contains("gateway") ? " (gateway bị bỏ qua: --without)" : ""));
            } catch (RuntimeException failure) {
                close();
                throw failure;
            }
        }
    }

    /**
     * On the first start of a data folder, loads the bundled demo data through the gateway; a failure stops the start,
     * because a stack whose demo data the services refuse has a bug worth seeing at once.
     */
    private void loadDemoData() {
        if (without.contains("gateway") || without.contains("issuer")) {
            output.accept("Dữ liệu mẫu: bỏ qua (cần cả gateway và issuer)");
            return;
        }
        if (DemoData.loadedInto(context.dataDir())) {
            output.accept("Dữ liệu mẫu: đã nạp ở lần chạy đầu (" + context.dataDir().resolve(DemoData.MARKER) + ")");
            return;
        }
        output.accept("Nạp dữ liệu mẫu qua gateway…");
        try {
            var summary = new DemoData(URI.create(gatewayUrl()), URI.create(issuerUrl()))
                    .loadBundled(context.dataDir(), output);
            output.accept("Dữ liệu mẫu: " + summary);
        } catch (DemoDataException e) {
            throw new DevStackException.ComponentFailed("demo-data", "không nạp được: " + e.getMessage());
        }
    }

    /** Stops every process in reverse start order (gracefully, then forcibly) and frees the data folder. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<RunningProcess> processes;
        synchronized (registry) {
            processes = new ArrayList<>(running.values());
        }
        if (!processes.isEmpty()) {
            output.accept("thidua: đang dừng " + processes.size() + " tiến trình…");
        }
        var byStage = new TreeMap<Integer, List<RunningProcess>>(Collections.reverseOrder());
        for (RunningProcess process : processes) {
            byStage.computeIfAbsent(component(process.name()).stage(), stage -> new ArrayList<>()).add(process);
        }
        for (List<RunningProcess> stage : byStage.values()) {
            var stoppers = stage.stream().map(process -> {
                var thread = new Thread(() -> stopProcess(process), "devstack-stop-" + process.name());
                thread.start();
                return thread;
            }).toList();
            for (Thread stopper : stoppers) {
                joinQuietly(stopper);
            }
        }
        synchronized (registry) {
            running.clear();
        }
        starters.shutdownNow();
        if (lock != null) {
            Leftovers.forget(context.dataDir());
            lock.close();
        }
        if (!processes.isEmpty()) {
            output.accept("thidua: đã dừng.");
        }
    }

    // ------------------------------------------------------------------------------------------- single components

    /** Starts one component (not running) and waits until it is ready. */
    public void start(String name) {
        start(name, Map.of());
    }

    /**
     * Starts one component with additional environment variables, e.g. a feature switched off for a test.
     *
     * @throws IllegalStateException it is running already, or an external server stands in for it
     */
    public void start(String name, Map<String, String> extraEnv) {
        Objects.requireNonNull(extraEnv, "extraEnv");
        synchronized (operations) {
            requireOpen();
            Component component = component(name);
            component.external(context).ifPresent(address -> {
                throw new IllegalStateException(name + " đang dùng máy chủ ngoài " + StackContext.shown(address)
                        + ": thidua không khởi động " + name + " của riêng mình khi đã có máy chủ ngoài");
            });
            if (registered(name).isPresent()) {
                throw new IllegalStateException(name + " đang chạy; dừng trước bằng stop(\"" + name + "\")");
            }
            acquireLock();
            component.checkInstalled(context);
            requirePortsFree(component);
            try {
                launchAndAwait(component, extraEnv, () -> false);
            } catch (RuntimeException failure) {
                stop(name);
                throw failure;
            }
        }
    }

    /** Graceful stop and start again, with additional environment variables for the new process. */
    public void restart(String name, Map<String, String> extraEnv) {
        synchronized (operations) {
            stop(name);
            start(name, extraEnv);
        }
    }

    /** Graceful stop of one component (SIGTERM, SIGKILL after 15 s). Nothing happens when it is not running. */
    public void stop(String name) {
        end(name, this::stopProcess);
    }

    /** SIGKILL of one component, as a crash: no shutdown hook runs, nothing is flushed. */
    public void kill(String name) {
        end(name, RunningProcess::kill).ifPresent(process -> output.accept(
                String.format("  ✗ %-20s bị dừng đột ngột (SIGKILL, pid %d)", name, process.pid())));
    }

    public boolean isRunning(String name) {
        return registered(name).filter(RunningProcess::alive).isPresent();
    }

    public OptionalLong pid(String name) {
        return registered(name).map(process -> OptionalLong.of(process.pid())).orElse(OptionalLong.empty());
    }

    // ------------------------------------------------------------------------------------------------- addresses

    public String gatewayUrl() {
        return context.url("gateway");
    }

    public String issuerUrl() {
        return context.issuerUrl();
    }

    /** The broker the applications use: the external one when set, else {@code localhost:<kafka port>}. */
    public String kafkaBootstrap() {
        return context.kafkaBootstrap();
    }

    /** The MongoDB the applications use: the external one when set, else {@code mongodb://localhost:<mongo port>}. */
    public String mongoUri() {
        return context.mongoUri();
    }

    /** A port by name: {@code gateway}, {@code gateway-management}, a service's name, {@code issuer}, {@code kafka}… */
    public int port(String name) {
        return context.port(name);
    }

    public Map<String, Integer> ports() {
        return context.ports();
    }

    /**
     * The components this stack runs, in start order, e.g. {@code mongo, kafka, issuer, campaign-service, …,
     * gateway}: all of them but those left out ({@code prometheus} unless asked for).
     */
    public List<String> componentNames() {
        return COMPONENT_NAMES.stream().filter(name -> !without.contains(name)).toList();
    }

    /** The stack's Prometheus, running infra/prometheus against it ({@link Builder#prometheus}). */
    public String prometheusUrl() {
        return context.url(PrometheusComponent.NAME);
    }

    public Path dataDir() {
        return context.dataDir();
    }

    public Path logsDir() {
        return context.logsDir();
    }

    public Path logFile(String name) {
        return context.logFile(component(name).name());
    }

    /** The server of the developer's own that stands in for a component, if any. */
    Optional<String> external(String name) {
        return component(name).external(context);
    }

    // ------------------------------------------------------------------------------------------------ internals

    private static List<Component> components() {
        var all = new ArrayList<Component>(List.of(new MongoComponent(), new KafkaComponent(), new IssuerComponent()));
        Applications.ALL.stream().sorted(Comparator.comparingInt(Application::stage))
                .map(ApplicationComponent::new).forEach(all::add);
        all.add(new PrometheusComponent());
        return List.copyOf(all);
    }

    private static Component component(String name) {
        return COMPONENTS.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không có thành phần " + name + "; có: "
                        + String.join(", ", COMPONENT_NAMES)));
    }

    private Optional<RunningProcess> registered(String name) {
        component(name);
        synchronized (registry) {
            return Optional.ofNullable(running.get(name));
        }
    }

    private void unregister(RunningProcess process) {
        synchronized (registry) {
            running.remove(process.name(), process);
        }
    }

    /** Ends a component's process the given way and forgets it; empty when none was running. */
    private Optional<RunningProcess> end(String name, Consumer<RunningProcess> how) {
        Optional<RunningProcess> process = registered(name);
        process.ifPresent(found -> {
            how.accept(found);
            unregister(found);
        });
        return process;
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("DevStack đã đóng");
        }
    }

    private String skippedAndExternal() {
        List<String> skipped = COMPONENTS.stream()
                .filter(c -> without.contains(c.name()) && c.external(context).isEmpty()).map(Component::name).toList();
        List<String> external = COMPONENTS.stream()
                .flatMap(c -> c.external(context).map(address -> c.name() + " " + StackContext.shown(address)).stream())
                .toList();
        return (skipped.isEmpty() ? "" : "; bỏ qua " + String.join(", ", skipped))
                + (external.isEmpty() ? "" : "; dùng máy chủ ngoài: " + String.join(", ", external));
    }

    private void requireExternalAnswers(Component component) {
        component.external(context).ifPresent(address -> {
            try (Probes.Check check = component.externalCheck(address)) {
                if (!check.passes()) {
                    String reason = "không trả lời: máy chủ ngoài " + StackContext.shown(address) + " (chờ "
                            + EXTERNAL_PROBE_TIMEOUT.toSeconds() + " s)";
                    output.accept(String.format("  ✗ %-20s %s", component.name(), reason));
                    throw new DevStackException.ComponentFailed(component.name(), reason);
                }
            }
        });
    }

    private void acquireLock() {
        synchronized (registry) {
            if (lock == null) {
                lock = DataDirLock.acquire(context.dataDir());
                for (String leftover : Leftovers.endPrevious(context.dataDir(), GRACE)) {
                    output.accept("  ■ dọn tiến trình còn sót từ lần chạy trước: " + leftover);
                }
            }
        }
    }

    private void requirePortsFree(Component component) {
        for (PortSpec spec : component.ports()) {
            int port = context.port(spec.name());
            try (var probe = new ServerSocket(port)) {
                probe.getLocalPort();
            } catch (IOException taken) {
                throw new DevStackException.PortInUse(component.name(), spec, port);
            }
        }
    }

    private void startTogether(List<Component> stage) {
        var failed = new AtomicBoolean();
        List<Future<?>> futures = stage.stream()
                .<Future<?>>map(component -> starters.submit(() -> {
                    try {
                        launchAndAwait(component, Map.of(), failed::get);
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                }))
                .toList();
        RuntimeException failure = null;
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException runtime
                        ? runtime : new DevStackException(e.getCause().toString(), e.getCause());
                if (failure == null || failure instanceof DevStackException.Aborted) {
                    failure = cause;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new DevStackException.Aborted();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void launchAndAwait(Component component, Map<String, String> extraEnv, BooleanSupplier siblingFailed) {
        String name = component.name();
        Instant began = Instant.now();
        Instant deadline = began.plus(timeout);
        output.accept(String.format("  … %-20s khởi động", name));
        Optional<ProcessBuilder> preparation = component.preparation(context);
        if (preparation.isPresent()) {
            prepare(component, preparation.get(), deadline, siblingFailed);
        }
        ProcessBuilder command = component.command(context);
        command.environment().putAll(extraEnv);
        RunningProcess process = launch(name, command, "khởi động " + name);
        try (Probes.Check readiness = component.readiness(context)) {
            await(component, process, deadline, siblingFailed, () -> {
                if (!process.alive()) {
                    throw failed(component, process.log(),
                            "đã dừng trong khi khởi động (mã thoát " + process.process().exitValue() + ")");
                }
                return readiness.passes();
            });
        }
        process.process().onExit().thenAccept(exited -> {
            if (!process.ending() && !closed.get()) {
                output.accept(String.format("  ! %-20s đã dừng bất ngờ (mã thoát %d); nhật ký: %s", name,
                        exited.exitValue(), process.log()));
                unregister(process);
            }
        });
        output.accept(String.format("  ✓ %-20s sẵn sàng sau %s  (%s)", name,
                seconds(Duration.between(began, Instant.now())), component.address(context)));
    }

    /**
     * Waits for the one-shot command's exit rather than polling it: closing the stack stops it (it is registered),
     * which ends the wait; a sibling's failure is noticed once it has ended, a matter of seconds for a format.
     */
    private void prepare(Component component, ProcessBuilder preparation, Instant deadline,
                         BooleanSupplier siblingFailed) {
        RunningProcess prepared = launch(component.name(), preparation, "chuẩn bị " + component.name());
        try {
            long remaining = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            prepared.process().onExit().get(remaining, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException notDone) {
            throw failed(component, prepared.log(), "chưa sẵn sàng sau " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException.Aborted();
        } finally {
            if (prepared.alive()) {
                prepared.stop(GRACE);
            }
            unregister(prepared);
        }
        if (closed.get() || siblingFailed.getAsBoolean()) {
            throw new DevStackException.Aborted();
        }
        int exit = prepared.process().exitValue();
        if (exit != 0) {
            throw failed(component, prepared.log(), "không chuẩn bị được (mã thoát " + exit + ")");
        }
    }

    private void await(Component component, RunningProcess process, Instant deadline, BooleanSupplier siblingFailed,
                       BooleanSupplier done) {
        while (true) {
            if (closed.get() || siblingFailed.getAsBoolean()) {
                throw new DevStackException.Aborted();
            }
            if (done.getAsBoolean()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw failed(component, process.log(), "chưa sẵn sàng sau " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(component.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DevStackException.Aborted();
            }
        }
    }

    private DevStackException failed(Component component, Path log, String reason) {
        output.accept(String.format("  ✗ %-20s %s", component.name(), reason));
        return new DevStackException.ComponentFailed(component.name(), reason, log, Logs.tail(log, 30));
    }

    private RunningProcess launch(String name, ProcessBuilder builder, String title) {
        Path log = context.logFile(name);
        synchronized (registry) {
            if (closed.get()) {
                throw new DevStackException.Aborted();
            }
            if (running.containsKey(name)) {
                throw new IllegalStateException(name + " đang chạy");
            }
            try {
                Files.createDirectories(context.dataDir());
                builder.command(Detached.command(builder.command()));
                Logs.header(log, title, builder.command());
                Process process = builder.redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
                Leftovers.note(context.dataDir(), name, process);
                var started = new RunningProcess(name, process, log);
                running.put(name, started);
                return started;
            } catch (IOException e) {
                throw new DevStackException("Không chạy được " + name + ": " + e.getMessage(), e);
            }
        }
    }

    private void stopProcess(RunningProcess process) {
        if (!process.alive()) {
            process.stop(Duration.ofSeconds(1));
            return;
        }
        Duration took = process.stop(GRACE);
        output.accept(String.format("  ■ %-20s đã dừng (pid %d, %s)", process.name(), process.pid(), seconds(took)));
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String seconds(Duration duration) {
        return String.format(VIETNAMESE, "%.1f s", duration.toMillis() / 1000.0);
    }

    // --------------------------------------------------------------------------------------------------- builder

    /** Configures a stack; nothing starts before {@link DevStack#start()}. */
    public static final class Builder {

        private final Path repoRoot;
        private Path dataDir;
        private Path devstackHome;
        private final Map<String, Integer> ports = new HashMap<>();
        private boolean freePorts;
        private final Set<String> without = new LinkedHashSet<>();
        private Consumer<String> output = System.out::println;
        private Duration timeout = LaunchOptions.DEFAULT_TIMEOUT;
        private String externalKafka;
        private String externalMongo;
        private boolean demoData;
        private boolean prometheus;

        private Builder(Path repoRoot) {
            this.repoRoot = repoRoot.toAbsolutePath().normalize();
        }

        /** Where Mongo, Kafka, the issuer's key, the logs and the lock live. Default {@code <repo>/.data}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir.toAbsolutePath().normalize();
            return this;
        }

        /**
         * The devstack build output ({@code lib/} and {@code kafka-libs/}). Default
         * {@code <repo>/infra/devstack/<target>}, where {@code <target>} is the system property {@code thidua.target}
         * or {@code target}.
         */
        public Builder devstackHome(Path devstackHome) {
            this.devstackHome = devstackHome.toAbsolutePath().normalize();
            return this;
        }

        public Builder port(String name, int port) {
            ports.put(name, port);
            return this;
        }

        public Builder ports(Map<String, Integer> ports) {
            this.ports.putAll(ports);
            return this;
        }

        /** Free ports for every port not set explicitly, so the stack can run beside a developer's own. */
        public Builder freePorts() {
            this.freePorts = true;
            return this;
        }

        /** Leaves components out, e.g. the gateway while it is not built yet. */
        public Builder without(String... names) {
            return without(Arrays.asList(names));
        }

        public Builder without(Collection<String> names) {
            List<String> known = COMPONENT_NAMES;
            for (String name : names) {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("Không có thành phần " + name + "; có: " + String.join(", ", known));
                }
                without.add(name);
            }
            return this;
        }

        /** Where progress lines go ({@code System.out::println} by default). */
        public Builder output(Consumer<String> output) {
            this.output = Objects.requireNonNull(output);
            return this;
        }

        /** How long each component may take to become ready (120 s by default). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * Uses servers of one's own instead of starting the stack's broker or Mongo server: the applications receive
         * these addresses, {@link #start()} checks once that they answer, and {@code start("kafka")} or
         * {@code start("mongo")} is refused for the one given. Null or blank: the stack starts its own.
         *
         * @throws IllegalArgumentException an address that is not a bootstrap list ({@code host:port,…}) or a
         *                                  MongoDB connection string
         */
        public Builder external(String kafkaBootstrap, String mongoUri) {
            externalKafka = LaunchOptions.kafkaBootstrap(kafkaBootstrap);
            externalMongo = LaunchOptions.mongoUri(mongoUri);
            return this;
        }

        /**
         * Loads the bundled demo data ({@code demo/*.json}) through the gateway on the first start of the data
         * folder, before {@link #start()} returns. Off by default.
         */
        public Builder demoData(boolean load) {
            this.demoData = load;
            return this;
        }

        /**
         * Also runs Prometheus (the {@code prometheus} command, from Debian's package) with the repository's
         * scrape config, recording rules and alerts against this stack. Off by default.
         */
        public Builder prometheus(boolean run) {
            this.prometheus = run;
            return this;
        }

        /** Everything the command line and environment said. */
        public Builder options(LaunchOptions options) {
            return ports(options.ports()).dataDir(options.dataDir()).timeout(options.timeout()).without(options.without())
                    .external(options.kafkaBootstrap(), options.mongoUri()).demoData(options.demoData())
                    .prometheus(options.prometheus());
        }

        public DevStack build() {
            String target = System.getProperty("thidua.target", "target");
            Path home = devstackHome != null ? devstackHome : repoRoot.resolve("infra/devstack").resolve(target);
            Path data = dataDir != null ? dataDir : repoRoot.resolve(".data");
            var resolved = new LinkedHashMap<String, Integer>();
            var taken = new HashSet<Integer>(ports.values());
            for (PortSpec spec : PORT_SPECS) {
                Integer port = ports.get(spec.name());
                if (port == null) {
                    port = freePorts ? freePort(taken) : spec.defaultPort();
                }
                taken.add(port);
                resolved.put(spec.name(), port);
            }
            for (String name : ports.keySet()) {
                if (!resolved.containsKey(name)) {
                    throw new IllegalArgumentException("Không có cổng tên " + name + "; có: "
                            + String.join(", ", resolved.keySet()));
                }
            }
            var context = new StackContext(repoRoot, home, data, target, StackContext.currentJava(),
                    launcherClasspath(home), Map.copyOf(resolved), externalKafka, externalMongo);
            var left = new LinkedHashSet<>(without);
            if (!prometheus) {
                left.add(PrometheusComponent.NAME);
            }
            return new DevStack(context, Set.copyOf(left), output, timeout, demoData);
        }

        private static int freePort(Set<Integer> taken) {
            for (int attempt = 0; attempt < 50; attempt++) {
                try (var socket = new ServerSocket(0)) {
                    int port = socket.getLocalPort();
                    if (!taken.contains(port)) {
                        return port;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            throw new IllegalStateException("Không tìm được cổng trống");
        }

        /** The launcher's own code (jar, or classes while its tests run) and its dependencies, for our children. */
        private static String launcherClasspath(Path home) {
            try {
                Path code = Path.of(DevStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return code + java.io.File.pathSeparator + home.resolve("lib").resolve("*");
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
