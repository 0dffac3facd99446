package vn.thidua.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.JsonNode;

/** The drift check itself, run on a deliberately mismatched record and schema kept only for this test. */
class DriftDetectorTest {

    enum Colour { RED, GREEN }

    record Probe(
            String id,
            long version,
            String onlyInRecord,
            Nested nested,
            List<Item> items,
            Colour colour,
            int optionalCount,
            LocalDate day,
            @JsonProperty("renamed") String javaName,
            Instant at,
            @JsonIgnore String internalNote) {
    }

    record Nested(String kept, String nestedOnlyInRecord) {
    }

    record Item(String code, String itemOnlyInRecord) {
    }

    record Matching(String kept, Nested nested) {
    }

    private static JsonNode schema(String name) throws Exception {
        try (InputStream in = DriftDetectorTest.class.getResourceAsStream("/drift/" + name)) {
            return EventJson.mapper().readTree(in);
        }
    }

    @Test
    @DisplayName("reports components missing from the schema, at the top, in nested records and in lists of records")
    void componentsWithoutProperty() throws Exception {
        var report = SchemaDrift.compare(Probe.class, schema("mismatched-probe.schema.json"));

        assertThat(report.componentsWithoutProperty()).containsExactlyInAnyOrder(
                "$.onlyInRecord: component Probe.onlyInRecord has no property in the schema",
                "$.nested.nestedOnlyInRecord: component Nested.nestedOnlyInRecord has no property in the schema",
                "$.items[].itemOnlyInRecord: component Item.itemOnlyInRecord has no property in the schema");
    }

    @Test
    @DisplayName("reports schema properties missing from the record, and required ones separately")
    void propertiesWithoutComponent() throws Exception {
        var report = SchemaDrift.compare(Probe.class, schema("mismatched-probe.schema.json"));

        assertThat(report.propertiesWithoutComponent()).containsExactlyInAnyOrder(
                "$.onlyInSchema: schema property has no component in Probe",
                "$.nested.nestedOnlyInSchema: schema property has no component in Nested",
                "$.items[].itemOnlyInSchema: schema property has no component in Item");
        assertThat(report.requiredWithoutComponent()).containsExactlyInAnyOrder(
                "$.onlyInSchema: required by the schema but Probe has no component for it",
                "$.nested.nestedOnlyInSchema: required by the schema but Nested has no component for it");
    }

    @Test
    @DisplayName("reports enums, formats, optional primitives and open objects that disagree")
    void shapeMismatches() throws Exception {
        var report = SchemaDrift.compare(Probe.class, schema("mismatched-probe.schema.json"));

        assertThat(report.shapeMismatches()).containsExactlyInAnyOrder(
                "$.nested: object schema must say additionalProperties: false",
                "$.colour: enum Colour differs from the schema's enum; only in Java [GREEN], only in the schema [BLUE]",
                "$.optionalCount: optional in the schema but Probe.optionalCount is a primitive int,"
                        + " which cannot be absent",
                "$.day: LocalDate needs schema string/date but found string/date-time",
                "$.at: Instant needs schema string/date-time but found string/");
    }

    @Test
    @DisplayName("honours @JsonProperty names and @JsonIgnore, and finds nothing when record and schema agree")
    void cleanWhenMatching() throws Exception {
        var probe = SchemaDrift.compare(Probe.class, schema("mismatched-probe.schema.json"));
        var matching = SchemaDrift.compare(Matching.class, schema("matching.schema.json"));

        assertThat(probe.componentsWithoutProperty())
                .noneMatch(finding -> finding.contains("javaName") || finding.contains("internalNote"));
        assertThat(probe.propertiesWithoutComponent()).noneMatch(finding -> finding.contains("renamed"));
        assertThat(matching.isClean()).as("%s", matching).isTrue();
    }
}
