package vn.thidua.support.outbox;

/** Lets a writer tell the relay that new entries are waiting, so events leave right after the write commits. */
@FunctionalInterface
public interface OutboxRelayTrigger {

    void wake();

    /** For stores whose events nobody relays (tests of pure persistence). */
    OutboxRelayTrigger NONE = () -> { };
}
