package vn.thidua.support.deadletter;

/** A command line the tool cannot run: the message is for the operator, in Vietnamese, with an English hint. */
class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
