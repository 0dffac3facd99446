package vn.thidua.gateway.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import org.springframework.cloud.gateway.support.TimeoutException;

/**
 * How a call to a service went wrong, as far as a client is concerned. The distinction matters to the user: when
 * the service was never reached nothing has happened and retrying is safe; after a timeout or a broken answer a
 * write may or may not have been applied.
 */
public enum UpstreamFailure {

    /** Refused connection, unknown host, no route, connect timeout: the request never reached the service. */
    UNREACHABLE(503),
    /** The service accepted the request but did not answer within the response timeout. */
    TIMED_OUT(504),
    /** The connection failed while the service was answering (it crashed, or reset the connection). */
    BROKEN(502);

    /** How far down a cause chain to look; a chain can loop. */
    static final int MAX_CAUSE_DEPTH = 16;

    private final int status;

    UpstreamFailure(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** What {@code error}, raised while proxying a request, means; empty when it is not a failure of the call. */
    public static Optional<UpstreamFailure> of(Throwable error) {
        boolean io = false;
        int depth = 0;
        for (Throwable t = error; t != null && depth++ < MAX_CAUSE_DEPTH; t = t.getCause()) {
            // NettyRoutingFilter's response timeout; the 504 ResponseStatusException it becomes keeps it as cause.
            if (t instanceof TimeoutException) {
                return Optional.of(TIMED_OUT);
            }
            // Netty's connect timeout is a ConnectException too.
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof UnresolvedAddressException) {
                return Optional.of(UNREACHABLE);
            }
            io |= t instanceof IOException;
        }
        // Reactor Netty's PrematureCloseException, "connection reset by peer" and the like.
        return io ? Optional.of(BROKEN) : Optional.empty();
    }
}
