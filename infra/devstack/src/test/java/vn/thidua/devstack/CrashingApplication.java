package vn.thidua.devstack;

/** An application that fails at start-up, as one with a broken configuration does. */
public final class CrashingApplication {

    private CrashingApplication() {
    }

    public static void main(String[] args) {
        System.err.println("boom: cấu hình sai");
        System.exit(1);
    }
}
