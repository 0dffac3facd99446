package vn.thidua.operations;

import java.nio.file.Path;

/** The checkout whose deployment and monitoring files these tests read. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        return Path.of(System.getProperty("thidua.repo.root", "../..")).toAbsolutePath().normalize();
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }
}
