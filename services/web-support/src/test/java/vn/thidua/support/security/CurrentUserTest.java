package vn.thidua.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CurrentUserTest {

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("officer-phuongtien")
                .issuedAt(Instant.parse("2026-11-26T01:00:00Z")).expiresAt(Instant.parse("2026-11-26T13:00:00Z"));
    }

    @Test
    void readsTheClaimsOfArchitectureMd() {
        var user = CurrentUser.from(token().claim("name", "Hoàng Văn Tiến").claim("unit", "XA-PHUONG-TIEN")
                .claim("roles", List.of("UNIT_OFFICER", "EDITOR")).build());

        assertThat(user.id()).isEqualTo("officer-phuongtien");
        assertThat(user.name()).isEqualTo("Hoàng Văn Tiến");
        assertThat(user.unitCode()).isEqualTo("XA-PHUONG-TIEN");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.UNIT_OFFICER, Role.EDITOR);
        assertThat(user.has(Role.ADMIN, Role.EDITOR)).isTrue();
        assertThat(user.has(Role.ADMIN)).isFalse();
    }

    @Test
    void aRoleThisVersionDoesNotKnowGrantsNothing() {
        var user = CurrentUser.from(token().claim("roles", List.of("SUPERUSER", "REVIEWER")).build());

        assertThat(user.roles()).containsExactly(Role.REVIEWER);
        assertThat(user.name()).isEqualTo("officer-phuongtien");
        assertThat(user.unitCode()).isNull();
    }

    @Test
    void aTokenWithoutRolesHasNone() {
        assertThat(CurrentUser.from(token().claim("unit", "UBND-TN").build()).roles()).isEmpty();
    }
}
