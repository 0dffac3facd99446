package vn.thidua.devstack.demo;

/** A demo step failed: the message names the file, the step and what the gateway answered. */
public final class DemoDataException extends RuntimeException {

    DemoDataException(String message) {
        super(message);
    }

    DemoDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
