package vn.thidua.devstack;

import java.util.Locale;

/**
 * One port of the stack: the name the Java API knows it by, the environment variable that moves it, its default.
 * The command-line flag is derived from the variable ({@code THIDUA_GATEWAY_PORT} → {@code --gateway-port}) so
 * that the two spellings can never drift apart.
 */
public record PortSpec(String name, String variable, int defaultPort) {

    public String flag() {
        return "--" + variable.replaceFirst("^THIDUA_", "").toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
