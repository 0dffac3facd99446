package vn.thidua.support.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Closes the shared broker and server when the last test of the JVM has run (a broker left open hangs the exit). */
public class TestInfrastructureSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestInfrastructure.close();
    }
}
