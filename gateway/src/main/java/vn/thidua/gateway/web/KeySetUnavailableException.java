package vn.thidua.gateway.web;

/**
 * A presented token could not be checked because the issuer's key set could not be fetched (refused connection,
 * an error status, a body that is not a key set, a dropped connection...). The token was not refused: the client
 * must not be sent back to a login that works, and {@link UpstreamFailureHandler} answers 503.
 */
public class KeySetUnavailableException extends RuntimeException {

    public KeySetUnavailableException(Throwable cause) {
        super("The issuer's key set could not be fetched", cause);
    }
}
