package vn.thidua.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The records and the schemas name the same fields at every level; the schema wins when they disagree. */
class RecordSchemaDriftTest {

    static Stream<EventType<?>> types() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("every record component is a property of the schema")
    void componentsAreInTheSchema(EventType<?> type) {
        SchemaDrift.Report report = SchemaDrift.compare(type.payloadType(), ContractFiles.schema(type));

        assertThat(report.componentsWithoutProperty())
                .as("%s has fields its schema %s does not name; add them to the schema (optional, to keep the"
                        + " version) or remove them from the record", type.payloadType().getSimpleName(),
                        type.schemaPath())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("every schema property is a record component, required ones above all")
    void propertiesAreInTheRecord(EventType<?> type) {
        SchemaDrift.Report report = SchemaDrift.compare(type.payloadType(), ContractFiles.schema(type));

        assertThat(report.requiredWithoutComponent())
                .as("%s cannot produce what %s requires", type.payloadType().getSimpleName(), type.schemaPath())
                .isEmpty();
        assertThat(report.propertiesWithoutComponent())
                .as("%s names properties that %s does not carry", type.schemaPath(),
                        type.payloadType().getSimpleName())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    @DisplayName("types, formats, enums and optionality agree")
    void shapesAgree(EventType<?> type) {
        SchemaDrift.Report report = SchemaDrift.compare(type.payloadType(), ContractFiles.schema(type));

        assertThat(report.shapeMismatches()).isEmpty();
    }
}
