package vn.thidua.nomination.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.thidua.contracts.events.EventCatalog;
import vn.thidua.contracts.events.campaign.Headcount;
import vn.thidua.contracts.events.campaign.UnitKind;
import vn.thidua.contracts.events.campaign.UnitRef;
import vn.thidua.contracts.events.campaign.UnitUpserted;
import vn.thidua.contracts.events.nomination.AwardRevoked;
import vn.thidua.contracts.events.nomination.RevocationGround;
import vn.thidua.nomination.ApiTestSupport;

/** People's records in bulk, the registry, the units' headcounts from campaign-service, and eligibility over them. */
class RecordsAndEligibilityTest extends ApiTestSupport {

    @Test
    void aRatingListWithAnyBadRowImportsNothingAndNamesEveryBadLine() {
        String unit = freshUnit();
        String officer = officer(unit);
        String bad = """
                ho_ten,ngay_sinh,so_dinh_danh,chuc_vu,xep_loai
                Nguyễn Thị Huệ,12/04/1985,019185000111,Công chức văn phòng,Hoàn thành tốt nhiệm vụ
                ,31/02/1990,019190000222,,Hoàn thành nhiệm vụ
                Trần Văn Long,01/01/1979,019179000333,,giỏi
                Ma Thị Én,05/06/1992,019185000111,,hoan thanh xuat sac nhiem vu
                """;
        importCsv(unit, bad, officer).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.field == 'line:3')].message").value(m -> assertThat(m.toString())
                        .contains("họ tên trống", "không hợp lệ (dùng dd"))
                .jsonPath("$.errors[?(@.field == 'line:4')].message").value(m -> assertThat(m.toString())
                        .contains("xếp loại", "giỏi"))
                .jsonPath("$.errors[?(@.field == 'line:5')].message").value(m -> assertThat(m.toString())
                        .contains("trùng với dòng 2"));
        get("/api/people?unit=" + unit, officer).expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);

        String good = bad.lines().filter(line -> !line.contains("31/02") && !line.contains("giỏi")
                && !line.contains("Ma Thị Én")).reduce("", (a, b) -> a + b + "\n");
        importCsv(unit, good, officer).expectStatus().isOk().expectBody()
                .jsonPath("$.rows").isEqualTo(1).jsonPath("$.created").isEqualTo(1);
        get("/api/people?unit=" + unit + "&q=NGUYEN thi hue", officer).expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].ratings[0].rating").isEqualTo("GOOD");
        // An officer imports only for their own unit.
        importCsv(unit, good, officer(freshUnit())).expectStatus().isEqualTo(422);
    }

    @Test
    void aCollectiveNeedsMoreThanHalfOfItsHeadcountAsUnitUpsertedReportsIt() {
        String unit = freshUnit();
        String officer = officer(unit);
        for (String name : List.of("Hà Văn An", "Lý Thị Bình", "Mông Văn Cường")) {
            String personId = person(name, unit, 2025, "GOOD");
            if (!name.startsWith("Mông")) {
                pastAward("INDIVIDUAL", personId, name, unit, "LAO_DONG_TIEN_TIEN", 2025);
            }
        }
        String id = (String) created("/api/nominations", Map.of("subjectKind", "COLLECTIVE", "subjectId", unit,
                "displayName", "Bộ phận Một cửa xã", "awardCode", "TAP_THE_LAO_DONG_TIEN_TIEN", "year", 2025,
                "timingType", "MERIT", "referenceDate", "2025-12-15", "achievement", "Giải quyết hồ sơ đúng hạn"),
                officer).get("id");
        // 2 of 3 listed members
        get("/api/nominations/" + id + "/eligibility", officer).expectStatus().isOk().expectBody()
                .jsonPath("$.eligible").isEqualTo(true);

        // campaign-service counts 4 members that year: 2 of 4 is not more than half.
        send(EventCatalog.UNIT_UPSERTED_V1, new UnitUpserted(UUID.randomUUID().toString(), 2, "19", unit,
                "Bộ phận Một cửa xã", UnitKind.COMMUNE, new UnitRef("UBND-TN", "UBND tỉnh Thái Nguyên"),
                List.of(new UnitRef("UBND-TN", "UBND tỉnh Thái Nguyên"), new UnitRef(unit, "Bộ phận Một cửa xã")),
                LocalDate.of(2025, 7, 1), null, null, null, List.of(new Headcount(2025, 4)),
                Instant.parse("2025-07-01T01:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/api/nominations/" + id + "/eligibility",
                officer).expectStatus().isOk().expectBody().jsonPath("$.eligible").isEqualTo(false)
                .jsonPath("$.reasons[0].code").isEqualTo("member-share-too-low")
                .jsonPath("$.reasons[0].message").value(m -> assertThat((String) m).contains("2/4", "trên 50%")));
        // The unit now sits under UBND-TN in the local tree: a query on the province finds its nominations.
        get("/api/nominations?size=100&unit=UBND-TN&award=TAP_THE_LAO_DONG_TIEN_TIEN&year=2025", REVIEWER)
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").exists();
    }

    @Test
    void aDecisionIsIssuedOnlyByAUnitThatExistedOnItsDate() {
        String district = "HUYEN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        send(EventCatalog.UNIT_UPSERTED_V1, new UnitUpserted(UUID.randomUUID().toString(), 5, "19", district,
                "UBND huyện Định Hóa", UnitKind.DISTRICT, new UnitRef("UBND-TN", "UBND tỉnh Thái Nguyên"),
                List.of(new UnitRef("UBND-TN", "UBND tỉnh Thái Nguyên"), new UnitRef(district, "UBND huyện Định Hóa")),
                LocalDate.of(1950, 1, 1), LocalDate.of(2025, 6, 30), null, List.of("XA-PHUONG-TIEN"), null,
                Instant.parse("2025-07-01T00:00:00Z")));
        Map<String, Object> decision = Map.of("number", "77/QĐ-UBND", "signedOn", "2025-12-01",
                "issuerUnitCode", district, "signerTitle", "Chủ tịch UBND huyện",
                "legalGrounds", List.of("Luật Thi đua, khen thưởng số 06/2022/QH15"), "reason", "Thành tích năm 2025",
                "grants", List.of(Map.of("nominationId", UUID.randomUUID().toString())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> post("/api/decisions", decision, ADMIN)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("issuer-not-valid")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("UBND huyện Định Hóa", "2025-12-01")));
    }

    @Test
    void aHouseholdIsNominatedUnderItsOwnNameWithinTheOfficersCommune() {
        String unit = freshUnit();
        Map<String, Object> draft = created("/api/nominations", Map.of("subjectKind", "HOUSEHOLD",
                "displayName", "Hộ ông Hoàng Văn Sinh, thôn Khuôn Câm", "awardCode", "GIA_DINH_VAN_HOA",
                "year", 2026, "timingType", "MERIT", "achievement", "Gia đình văn hóa tiêu biểu nhiều năm liền"),
                officer(unit));
        assertThat(draft.toString()).contains("kind=HOUSEHOLD", "unitCode=" + unit);
        post("/api/nominations", Map.of("subjectKind", "HOUSEHOLD", "awardCode", "GIA_DINH_VAN_HOA", "year", 2026,
                "timingType", "MERIT", "achievement", "x"), officer(unit)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("displayName");
    }

    @Test
    void aRevokedAwardNoLongerCountsTowardTheChain() {
        String unit = freshUnit();
        String officer = officer(unit);
        String personId = person("Vi Thị Thoa", unit, 2025, "EXCELLENT");
        for (int year = 2023; year <= 2025; year++) {
            pastAward("INDIVIDUAL", personId, "Vi Thị Thoa", unit, "CHIEN_SI_THI_DUA_CO_SO", year);
        }
        created("/api/initiatives", Map.of("personId", personId, "title", "Số hóa hồ sơ một cửa cấp xã",
                "scope", "PROVINCIAL", "recognisedOn", "2024-09-10", "recognitionDecision", "1234/QĐ-UBND"), officer);
        String id = (String) created("/api/nominations", Map.of("subjectKind", "INDIVIDUAL", "subjectId", personId,
                "awardCode", "CHIEN_SI_THI_DUA_CAP_TINH", "year", 2025, "timingType", "MERIT",
                "referenceDate", "2025-12-15", "achievement", "Ba năm liền Chiến sĩ thi đua cơ sở"), officer).get("id");
        get("/api/nominations/" + id + "/eligibility", officer).expectStatus().isOk().expectBody()
                .jsonPath("$.eligible").isEqualTo(true);

        Map<String, Object> history = ok(get("/api/awards?subjectKind=INDIVIDUAL&subjectId=" + personId
                + "&year=2024", officer));
        String awardId = (String) ((Map<?, ?>) ((List<?>) history.get("items")).get(0)).get("id");
        post("/api/awards/" + awardId + "/revoke", Map.of("ground", "FALSE_DECLARATION", "revokedOn", "2025-11-20"),
                REVIEWER).expectStatus().isForbidden();
        post("/api/awards/" + awardId + "/revoke", Map.of("ground", "WHATEVER", "revokedOn", "2025-11-20"), ADMIN)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("ground");
        ok(post("/api/awards/" + awardId + "/revoke", Map.of("ground", "FALSE_DECLARATION", "revokedOn",
                "2025-11-20", "decisionNumber", "2150/QĐ-UBND", "objectRecovered", true, "recovery",
                "Đã thu hồi giấy chứng nhận."), ADMIN));
        post("/api/awards/" + awardId + "/revoke", Map.of("ground", "FALSE_DECLARATION", "revokedOn", "2025-11-21"),
                ADMIN).expectStatus().isEqualTo(409);
        AwardRevoked revoked = awaitEvent(EventCatalog.AWARD_REVOKED_V1, awardId, e -> true);
        assertThat(revoked.ground()).isEqualTo(RevocationGround.FALSE_DECLARATION);
        assertThat(revoked.subjectId()).isEqualTo(personId);

        get("/api/nominations/" + id + "/eligibility", officer).expectStatus().isOk().expectBody()
                .jsonPath("$.eligible").isEqualTo(false)
                .jsonPath("$.reasons[0].code").isEqualTo("chain-incomplete")
                .jsonPath("$.reasons[0].message").value(m -> assertThat((String) m).contains("2024"));

        // Statistics count standing awards only.
        get("/api/awards/statistics?unit=" + unit + "&fromYear=2023&toYear=2025", officer).expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].year").isEqualTo(2023).jsonPath("$[0].count").isEqualTo(1);
    }

    @Test
    void theCatalogueIsPublicAndVersionedByLegalBasis() {
        get("/api/award-types/CHIEN_SI_THI_DUA_CO_SO", null).expectStatus().isOk().expectBody()
                .jsonPath("$.versions.length()").isEqualTo(3)
                .jsonPath("$.versions[1].authority").isEqualTo("Chủ tịch UBND cấp huyện; Thủ trưởng cơ quan cấp sở")
                .jsonPath("$.versions[1].validTo").isEqualTo("2025-06-30")
                .jsonPath("$.versions[2].authority").isEqualTo("Chủ tịch UBND cấp xã; Thủ trưởng cơ quan cấp sở")
                .jsonPath("$.versions[2].rule.quota.percent").isEqualTo(15);
        String unit = freshUnit();
        String personId = person("Dương Văn Khoa", unit, 2025, "GOOD");
        // Judged by the version in force on the reference date.
        Map<String, Object> before = created("/api/nominations", Map.of("subjectKind", "INDIVIDUAL",
                "subjectId", personId, "awardCode", "CHIEN_SI_THI_DUA_CO_SO", "year", 2025, "timingType", "MERIT",
                "referenceDate", "2025-06-15", "achievement", "x"), officer(unit));
        assertThat(before.get("awardVersion")).isEqualTo(2);
        post("/api/award-types/LAO_DONG_TIEN_TIEN/versions", Map.of(), REVIEWER).expectStatus().isForbidden();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec importCsv(String unit,
                                                                                               String csv,
                                                                                               String token) {
        return web.post().uri("/api/people/ratings/import?unit=" + unit + "&year=2025")
                .headers(h -> h.setBearerAuth(token)).contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv).exchange();
    }
}
