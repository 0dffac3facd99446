package vn.thidua.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.contracts.events.campaign.CampaignKind;
import vn.thidua.contracts.events.campaign.CampaignLaunched;
import vn.thidua.contracts.events.campaign.CampaignMilestones;
import vn.thidua.contracts.events.campaign.CampaignPeriod;
import vn.thidua.contracts.events.campaign.CampaignScope;
import vn.thidua.contracts.events.campaign.Criterion;
import vn.thidua.contracts.events.campaign.DocumentType;
import vn.thidua.contracts.events.campaign.LegalBasis;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.publication.ArticleLinks;
import vn.thidua.contracts.events.publication.ArticlePublished;

class ContractSchemasTest {

    private static final String LAUNCHED = EventCatalog.CAMPAIGN_LAUNCHED_V1.wireType();

    private static ObjectNode launchedExample() {
        return (ObjectNode) ContractSchemas.schemaDocument(EventCatalog.CAMPAIGN_LAUNCHED_V1).path("examples").get(0);
    }

    private static CampaignLaunched launched(List<String> clusterIds) {
        return new CampaignLaunched(
                "1d38209f-52d3-4a23-bfd2-c9dd84fb62b9", 1, "19",
                new UnitRef("19-ubnd-dinh-hoa", "UBND huyện Định Hóa"),
                "Chủ tịch UBND huyện",
                CampaignKind.THEMATIC,
                "Chuyển đổi số cấp xã 2025",
                new LegalBasis("12/KH-UBND", DocumentType.KE_HOACH, LocalDate.of(2025, 2, 20), null,
                        "Kế hoạch 12/KH-UBND ngày 20/02/2025"),
                new CampaignPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30)),
                new CampaignScope(List.of("19-xa-phuong-tien", "19-xa-phu-tien"), false, clusterIds),
                List.of("Đưa dịch vụ công trực tuyến toàn trình đến từng thôn, xóm"),
                List.of(new Criterion("CDS01", "Hồ sơ trực tuyến toàn trình", new BigDecimal("100"), BigDecimal.TEN)),
                List.of("GIAY_KHEN"),
                null,
                new CampaignMilestones(null, LocalDate.of(2025, 6, 20)),
                Instant.parse("2025-02-24T08:05:12.250Z"),
                "u-81d4e7b3",
                null);
    }

    @Test
    @DisplayName("accepts a valid payload")
    void valid() {
        assertThat(ContractSchemas.violations(LAUNCHED, launchedExample())).isEmpty();
    }

    @Test
    @DisplayName("rejects a payload without a required field")
    void missingRequired() {
        ObjectNode payload = launchedExample();
        payload.remove("title");

        assertThat(ContractSchemas.violations(LAUNCHED, payload))
                .containsExactly("$: required property 'title' not found");
    }

    @Test
    @DisplayName("rejects a value outside an enum")
    void wrongEnum() {
        ObjectNode payload = launchedExample();
        payload.put("kind", "ANNUAL");

        assertThat(ContractSchemas.violations(LAUNCHED, payload))
                .containsExactly("$.kind: does not have a value in the enumeration [\"REGULAR\", \"THEMATIC\"]");
    }

    @Test
    @DisplayName("rejects a calendar date not written YYYY-MM-DD, and one that does not exist")
    void badDate() {
        ObjectNode payload = launchedExample();
        ((ObjectNode) payload.get("legalBasis")).put("issuedOn", "08/3/2021");
        ((ObjectNode) payload.get("period")).put("to", "2025-02-30");

        assertThat(ContractSchemas.violations(LAUNCHED, payload)).containsExactlyInAnyOrder(
                "$.legalBasis.issuedOn: does not match the date pattern must be a valid RFC 3339 full-date",
                "$.period.to: does not match the date pattern must be a valid RFC 3339 full-date");
    }

    @Test
    @DisplayName("rejects an instant that is not in UTC")
    void instantWithOffset() {
        ObjectNode payload = launchedExample();
        payload.put("launchedAt", "2021-03-10T09:30:00+07:00");

        assertThat(ContractSchemas.violations(LAUNCHED, payload)).singleElement().asString()
                .startsWith("$.launchedAt: does not match the regex pattern");
    }

    @Test
    @DisplayName("rejects a field the contract does not name, at the top and in nested objects")
    void extraField() {
        ObjectNode payload = launchedExample();
        payload.put("launchedByName", "Nguyễn Văn A");
        ((ObjectNode) payload.get("launchingUnit")).put("address", "Thành phố Thái Nguyên");

        assertThat(ContractSchemas.violations(LAUNCHED, payload)).containsExactlyInAnyOrder(
                "$: property 'launchedByName' is not defined in the schema"
                        + " and the schema does not allow additional properties",
                "$.launchingUnit: property 'address' is not defined in the schema"
                        + " and the schema does not allow additional properties");
    }

    @Test
    @DisplayName("reports text that is not JSON as a violation rather than throwing")
    void notJson() {
        assertThat(ContractSchemas.violations(LAUNCHED, "{\"campaignId\":".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().startsWith("$: not valid JSON");
    }

    @Test
    @DisplayName("refuses an unknown wire type, listing the known ones")
    void unknownWireType() {
        assertThatThrownBy(() -> ContractSchemas.violations("vn.thidua.campaign.CampaignStarted.v1", "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CampaignStarted")
                .hasMessageContaining(LAUNCHED);
    }

    @Test
    @DisplayName("assertValid fails like an assertion, with every violation and the payload in the message")
    void assertValidMessage() {
        ObjectNode payload = launchedExample();
        payload.remove("launchedBy");
        payload.put("kind", "ANNUAL");
        String json = payload.toString();

        assertThatThrownBy(() -> ContractSchemas.assertValid(LAUNCHED, json))
                .isInstanceOf(AssertionError.class)
                .isInstanceOfSatisfying(ContractViolationError.class, error -> {
                    assertThat(error.wireType()).isEqualTo(LAUNCHED);
                    assertThat(error.violations()).hasSize(2);
                })
                .hasMessageContaining("Payload violates the contract of " + LAUNCHED)
                .hasMessageContaining("\n  - $: required property 'launchedBy' not found")
                .hasMessageContaining("\n  - $.kind: does not have a value in the enumeration")
                .hasMessageContaining("payload: " + json);
    }

    @Test
    @DisplayName("validates a record as it goes on the wire, an empty optional list being left out")
    void assertValidRecord() {
        CampaignLaunched event = launched(List.of());

        assertThatCode(() -> ContractSchemas.assertValid(event)).doesNotThrowAnyException();
        assertThat(EventJson.toJson(event)).doesNotContain("clusterIds", "null");
    }

    @Test
    @DisplayName("catches a record that breaks a rule Java cannot see")
    void invalidRecord() {
        ArticlePublished article = new ArticlePublished(
                "e05c5543-0911-46c3-87b7-a46c3226af8c", 1, "19",
                "Xã Phú Tiến sơ kết", "Xã Phú Tiến sơ kết", null, null, List.of("xa-phu-tien"),
                "19-xa-phu-tien", new ArticleLinks(List.of(), null, null, null), null,
                "xa-phu-tien/tin-tuc", Instant.parse("2025-06-27T09:40:31Z"), 0);

        assertThat(article.links()).as("links without any list are left out").isNull();
        assertThat(ContractSchemas.violations(article)).containsExactlyInAnyOrder(
                "$.slug: does not match the regex pattern ^[a-z0-9]+(-[a-z0-9]+)*$",
                "$: required property 'category' not found",
                "$.url: does not match the regex pattern ^/[^\\s?#]*$",
                "$.revision: must have a minimum value of 1");
    }

    @Test
    @DisplayName("gives consumers the schema's examples as records")
    void examples() {
        List<ArticlePublished> examples = ContractSchemas.examples(EventCatalog.ARTICLE_PUBLISHED_V1);

        assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
        assertThat(examples).anyMatch(article -> article.publicNoticeId() != null);
        JsonNode document = ContractSchemas.schemaDocument(EventCatalog.ARTICLE_PUBLISHED_V1);
        assertThat(document.path("x-thidua-wire-type").asString()).isEqualTo(
                EventCatalog.ARTICLE_PUBLISHED_V1.wireType());
    }
}
