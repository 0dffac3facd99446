package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * The nomination procedure through the gateway, as the commune officer, the commendation office, the council and
 * the authority carry it out; for end-to-end tests whose subject is what other services make of its acts.
 */
final class Nominations {

    private final Api api;
    private final String officer;
    private final String reviewer;
    private final String admin;

    Nominations(Api api) {
        this.api = api;
        this.officer = api.token("officer-phuongtien");
        this.reviewer = api.token("reviewer");
        this.admin = api.token("admin");
    }

    /** A person of xã Phượng Tiến in {@code year}, recorded by the commune's officer; returns the pseudonymous id. */
    String person(String fullName, int year) {
        return created(api.post("/api/people", """
                {"fullName": "%s", "birthDate": "1980-05-19", "idNumber": "019180%06d",
                 "memberships": [{"unitCode": "XA-PHUONG-TIEN", "year": %d, "position": "Tổ trưởng tổ hợp tác"}]}
                """.formatted(fullName, ThreadLocalRandom.current().nextInt(1_000_000), year), officer))
                .get("id").asString();
    }

    /** Proposed and submitted by the officer, then appraised by the office; returns the nomination id. */
    String submittedAndAppraised(String personId, String awardCode, int year, String achievement) {
        String id = created(api.post("/api/nominations", """
                {"subjectKind": "INDIVIDUAL", "subjectId": "%s", "awardCode": "%s", "year": %d, "timingType": "MERIT",
                 "achievement": "%s"}""".formatted(personId, awardCode, year, achievement), officer))
                .get("id").asString();
        ok(api.post("/api/nominations/" + id + "/submit", null, officer));
        ok(api.post("/api/nominations/" + id + "/appraise", null, reviewer));
        return id;
    }

    /** A public notice of the nominations, opened by the office; returns the notice id. */
    String openPublicNotice(String title, String nominationId) {
        return created(api.post("/api/public-notices", """
                {"title": "%s", "authorityUnitCode": "UBND-TN",
                 "legalBasis": "Luật Thi đua, khen thưởng số 06/2022/QH15", "nominationIds": ["%s"]}
                """.formatted(title, nominationId), reviewer)).get("id").asString();
    }

    /**
     * The council meets and the provincial chair decides today (Vietnam's calendar: a decision is never dated in
     * the future, and what follows from it, such as recognising an exemplar, happens after it); returns
     * {decisionId, number}.
     */
    String[] approvedAndDecided(String nominationId, int year) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String session = created(api.post("/api/council-sessions", """
                {"title": "Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh năm %d", "meetingDate": "%s",
                 "members": [{"userId": "council", "name": "Lê Thị Thu", "unitCode": "UBND-TN"}],
                 "nominationIds": ["%s"]}""".formatted(year, today, nominationId), reviewer)).get("id").asString();
        assertThat(api.post("/api/council-sessions/" + session + "/ballots",
                "{\"votes\": [{\"nominationId\": \"%s\", \"choice\": \"YES\"}]}".formatted(nominationId),
                api.token("council")).status()).isEqualTo(201);
        ok(api.post("/api/council-sessions/" + session + "/close",
                "{\"minutes\": \"Hội đồng bỏ phiếu kín, 1/1 thành viên đồng ý.\"}", reviewer));
        String number = ThreadLocalRandom.current().nextInt(1000, 9999) + "/QĐ-UBND-"
                + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String decision = created(api.post("/api/decisions", """
                {"number": "%s", "signedOn": "%s", "issuerUnitCode": "UBND-TN",
                 "issuerName": "UBND tỉnh Thái Nguyên", "signerName": "Trịnh Việt Hùng",
                 "signerTitle": "Chủ tịch UBND tỉnh", "legalGrounds": ["Luật Thi đua, khen thưởng số 06/2022/QH15"],
                 "reason": "Đã có thành tích xuất sắc năm %d", "grants": [{"nominationId": "%s"}]}
                """.formatted(number, today, year, nominationId), admin)).get("id").asString();
        return new String[] {decision, number};
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }
}
