package vn.thidua.contracts.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/** The contract as written in the repository's contracts/ folder, which the tests hold the jar's copy to. */
final class ContractFiles {

    private ContractFiles() {
    }

    static Path contractsDir() {
        Path moduleDir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        Path contracts = moduleDir.getParent();
        if (!Files.isRegularFile(contracts.resolve("asyncapi.yaml"))) {
            throw new IllegalStateException("contracts/ not found beside the module at " + moduleDir);
        }
        return contracts;
    }

    static Path schemasDir() {
        return contractsDir().resolve("schemas");
    }

    /** The schema files, as classpath paths ({@code contracts/schemas/<service>/<file>}). */
    static List<String> schemaPaths() {
        Path schemas = schemasDir();
        try (Stream<Path> files = Files.walk(schemas)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> "contracts/schemas/" + schemas.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String classpathPath) {
        return contractsDir().getParent().resolve(classpathPath);
    }

    static JsonNode schema(EventType<?> type) {
        try {
            return EventJson.mapper().readTree(Files.readString(file(type.schemaPath())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
