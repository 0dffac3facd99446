package vn.thidua.campaign;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A slice of Thái Nguyên's units before and after the 2025 reform, put through the API as the tests need them.
 * Upserting is idempotent, so every test class may call {@link #ensure} whatever ran before it.
 */
public final class DemoUnits {

    private DemoUnits() {
    }

    /** Province, department, the historic district with its communes, and the merged commune that followed. */
    public static void ensure(WebTestClient web, String adminToken) {
        put(web, adminToken, "UBND-TN", "UBND tỉnh Thái Nguyên", "PROVINCE", null, "1997-01-01", null);
        put(web, adminToken, "SNV-TN", "Sở Nội vụ tỉnh Thái Nguyên", "DEPARTMENT", "UBND-TN", "2008-04-01", null);
        put(web, adminToken, "XA-PHUONG-TIEN", "UBND xã Phượng Tiến", "COMMUNE", "UBND-TN", "2025-07-01", null);
        put(web, adminToken, "XA-BINH-THANH", "UBND xã Bình Thành", "COMMUNE", "UBND-TN", "2025-07-01", null);
        put(web, adminToken, "TRUONG-TH-PHUONG-TIEN", "Trường Tiểu học Phượng Tiến", "SCHOOL", "XA-PHUONG-TIEN",
                "2025-07-01", null);
        put(web, adminToken, "UBND-DINH-HOA", "UBND huyện Định Hóa", "DISTRICT", "UBND-TN", "1997-01-01",
                "2025-06-30");
        put(web, adminToken, "XA-PHU-TIEN", "UBND xã Phú Tiến", "COMMUNE", "UBND-DINH-HOA", "1997-01-01",
                "2025-06-30");
    }

    static void put(WebTestClient web, String token, String code, String name, String kind, String parent,
                    String validFrom, String validTo) {
        String body = "{\"name\": \"%s\", \"kind\": \"%s\", %s \"validFrom\": \"%s\" %s}".formatted(name, kind,
                parent == null ? "" : "\"parentCode\": \"" + parent + "\",", validFrom,
                validTo == null ? "" : ", \"validTo\": \"" + validTo + "\"");
        web.put().uri("/api/units/" + code).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().is2xxSuccessful();
    }
}
