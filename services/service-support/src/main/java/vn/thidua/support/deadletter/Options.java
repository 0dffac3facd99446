package vn.thidua.support.deadletter;

import java.util.Map;
import java.util.OptionalLong;

/**
 * What the operator asked for.
 *
 * @param command          {@code list} or {@code replay}
 * @param bootstrapServers the brokers
 * @param topic            one dead-letter topic, or null for every {@code *.dlt} topic (list only)
 * @param dryRun           replay: print what would be sent, send and commit nothing
 * @param limit            at most this many records, or null for all
 * @param offsetFrom       start at this offset instead of the beginning (list) or the replay group's position
 */
record Options(Command command, String bootstrapServers, String topic, boolean dryRun, Long limit,
               OptionalLong offsetFrom) {

    enum Command { LIST, REPLAY, HELP }

    static final String DEFAULT_BOOTSTRAP = "localhost:9092";
    static final String BOOTSTRAP_VARIABLE = "THIDUA_KAFKA_BOOTSTRAP";

    static final String USAGE = """
            Cách dùng (usage):
              DeadLetterReplay list   [--topic <chủ đề .dlt>] [--limit N] [--offset-from N] [--bootstrap-servers host:port]
              DeadLetterReplay replay --topic <chủ đề .dlt> [--dry-run] [--limit N] [--offset-from N] [--bootstrap-servers host:port]

              list    in các thư chết (mặc định: mọi chủ đề *.dlt trên broker); chỉ đọc, không ghi nhận offset nào
              replay  gửi lại các thư chết chưa phát lại về chủ đề gốc, với khóa, nội dung và header ce_* gốc;
                      tiến độ lưu trong nhóm tiêu thụ <chủ đề .dlt>.replay
              --bootstrap-servers  mặc định: biến môi trường THIDUA_KAFKA_BOOTSTRAP, nếu không có thì localhost:9092
              --dry-run            chỉ in những gì sẽ gửi, không gửi và không ghi nhận tiến độ
              --limit N            tối đa N bản ghi
              --offset-from N      bắt đầu từ offset N (replay: kể cả những bản ghi đã phát lại)
            Mã thoát (exit codes): 0 thành công, 1 sai cách dùng, 2 lỗi broker.
            """;

    static Options parse(String[] args, Map<String, String> environment) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("Thiếu lệnh: hãy dùng list hoặc replay. (hint: missing command, use 'list' or 'replay')");
        }
        Command command = switch (args[0]) {
            case "list" -> Command.LIST;
            case "replay" -> Command.REPLAY;
            case "help", "--help", "-h" -> Command.HELP;
            default -> throw new UsageException("Lệnh không hợp lệ: " + args[0]
                    + ". (hint: unknown command, use 'list' or 'replay')");
        };
        String env = environment.get(BOOTSTRAP_VARIABLE);
        String bootstrap = env == null || env.isBlank() ? DEFAULT_BOOTSTRAP : env;
        String topic = null;
        boolean dryRun = false;
        Long limit = null;
        OptionalLong offsetFrom = OptionalLong.empty();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inline = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inline = arg.substring(equals + 1);
            }
            switch (name) {
                case "--help", "-h" -> command = Command.HELP;
                case "--dry-run" -> {
                    if (inline != null) {
                        throw new UsageException("--dry-run không nhận giá trị. (hint: --dry-run takes no value)");
                    }
                    dryRun = true;
                }
                case "--bootstrap-servers" -> bootstrap = requireText(name, inline != null ? inline : next(args, ++i, name));
                case "--topic" -> topic = requireText(name, inline != null ? inline : next(args, ++i, name));
                case "--limit" -> {
                    long n = number(name, inline != null ? inline : next(args, ++i, name));
                    if (n < 1) {
                        throw new UsageException("--limit phải lớn hơn 0. (hint: --limit must be at least 1)");
                    }
                    limit = n;
                }
                case "--offset-from" -> {
                    long n = number(name, inline != null ? inline : next(args, ++i, name));
                    if (n < 0) {
                        throw new UsageException("--offset-from không được âm. (hint: --offset-from must be 0 or more)");
                    }
                    offsetFrom = OptionalLong.of(n);
                }
                default -> throw new UsageException("Tùy chọn không hợp lệ: " + arg + ". (hint: unknown option)");
            }
        }
        if (command == Command.REPLAY && topic == null) {
            throw new UsageException("Lệnh replay cần --topic <chủ đề .dlt>; xem các chủ đề bằng lệnh list."
                    + " (hint: replay requires --topic, one dead-letter topic)");
        }
        if (topic != null && !DeadLetter.isDeadLetterTopic(topic)) {
            throw new UsageException("Chủ đề " + topic + " không phải chủ đề thư chết (<chủ đề>.<dịch vụ>.dlt)."
                    + " (hint: --topic must be a dead-letter topic ending in .dlt)");
        }
        if (dryRun && command != Command.REPLAY) {
            throw new UsageException("--dry-run chỉ dùng với lệnh replay. (hint: --dry-run applies to replay only)");
        }
        return new Options(command, bootstrap, topic, dryRun, limit, offsetFrom);
    }

    private static String next(String[] args, int index, String name) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException("Thiếu giá trị cho " + name + ". (hint: " + name + " needs a value)");
        }
        return args[index];
    }

    private static String requireText(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException("Giá trị của " + name + " đang trống. (hint: " + name + " needs a value)");
        }
        return value.strip();
    }

    private static long number(String name, String value) throws UsageException {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("Giá trị của " + name + " phải là số nguyên: " + value
                    + ". (hint: " + name + " takes a whole number)");
        }
    }
}
