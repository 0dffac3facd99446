package vn.thidua.support.deadletter;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's dead-letter tool, in every service image (service-support is on each class path):
 * {@code list} shows what the consumers gave up on and why, {@code replay} puts it back on its original topic once
 * the cause is fixed. Run {@code ... DeadLetterReplay help} for the options; the procedure is in docs/operations.md,
 * section "Dead letters".
 *
 * <p>Replay republishes to the original topic, so every consumer group of that topic receives the event again.
 * That is deliberate: a group-specific route would need a second binding in every service, while the groups that
 * already applied the event skip it as a duplicate (IdempotentUpdates keeps, per source aggregate, the last version
 * applied). The same rule means a replayed event older than one its group has applied since is skipped too.
 */
public final class DeadLetterReplay {

    static final int OK = 0;
    static final int USAGE = 1;
    static final int BROKER = 2;

    private DeadLetterReplay() {
    }

    public static void main(String[] args) {
        quietKafkaClients();
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, System.getenv(), out, err));
    }

    /** The whole tool without {@code System.exit}, for tests: returns the exit code. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, environment);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.print(Options.USAGE);
            return USAGE;
        }
        if (options.command() == Options.Command.HELP) {
            out.print(Options.USAGE);
            return OK;
        }
        try (var log = new DeadLetterLog(options.bootstrapServers(), out)) {
            if (options.command() == Options.Command.LIST) {
                log.list(options.topic(), options.limit(), options.offsetFrom());
            } else {
                log.replay(options.topic(), options.dryRun(), options.limit(), options.offsetFrom());
            }
            return OK;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Bị ngắt giữa chừng. (hint: interrupted)");
            return BROKER;
        } catch (KafkaException | ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            String what = cause instanceof TimeoutException ? "hết thời gian chờ broker trả lời (timeout)" : cause.toString();
            err.println("Lỗi khi làm việc với Kafka tại " + options.bootstrapServers() + ": " + what
                    + " (hint: is the broker reachable? check --bootstrap-servers / THIDUA_KAFKA_BOOTSTRAP)");
            return BROKER;
        } catch (Exception e) {
            err.println("Lỗi không mong đợi: " + e + " (hint: unexpected error)");
            return BROKER;
        }
    }

    /**
     * The service images carry Logback without a configuration of its own outside Spring Boot, which means DEBUG
     * for everything: the Kafka clients' chatter (a WARN per reconnection attempt, too) would bury the tool's
     * output. Their errors still show; the tool reports failures itself.
     */
    private static void quietKafkaClients() {
        try {
            Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
            if (root instanceof ch.qos.logback.classic.Logger logback) {
                logback.setLevel(ch.qos.logback.classic.Level.ERROR);
            }
        } catch (LinkageError noLogback) {
            // Another binding keeps its own configuration.
        }
    }
}
