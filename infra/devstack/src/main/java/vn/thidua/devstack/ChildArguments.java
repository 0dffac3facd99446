package vn.thidua.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name=value} arguments the launcher passes to the children whose code is ours. */
public final class ChildArguments {

    private ChildArguments() {
    }

    /**
     * @param usage the accepted arguments, shown when one is malformed
     * @throws IllegalArgumentException an argument not of the form {@code --name=value}
     */
    public static Map<String, String> parse(String[] args, String usage) {
        var options = new LinkedHashMap<String, String>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Tham số không hợp lệ: " + arg + " (" + usage + ")");
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }
}
