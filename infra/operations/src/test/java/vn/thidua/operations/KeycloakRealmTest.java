package vn.thidua.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.devstack.issuer.DemoUsers;
import vn.thidua.devstack.issuer.DemoUsers.DemoUser;
import vn.thidua.devstack.issuer.DevTokenIssuer;

/**
 * The Keycloak realm of docker-compose.yml issues the tokens the development issuer issues: the same users with
 * the same roles and units, and access tokens whose claims have the same names and shapes, so that the services
 * and the gateway cannot tell the two apart.
 */
class KeycloakRealmTest {

    static final String REALM_FILE = "infra/keycloak/thidua-realm.json";
    /** Claims Keycloak puts in every access token by itself. */
    private static final Set<String> ALWAYS_ISSUED = Set.of("iss", "iat", "exp", "jti");
    private static final String DEV_ISSUER_SOURCE =
            "infra/devstack/src/main/java/vn/thidua/devstack/issuer/DevTokenIssuer.java";

    private final JsonNode realm = ComposeFileTest.realm();
    private final List<DemoUser> demoUsers = DemoUsers.load().all();

    @Test
    void theRealmHasExactlyTheDemoUsersWithTheirRolesAndUnits() {
        assertThat(realm.path("realm").asString()).isEqualTo("thidua");
        assertThat(realm.path("users").values()).extracting(user -> user.path("username").asString())
                .as("users of the realm = demo-users.json")
                .containsExactlyInAnyOrderElementsOf(demoUsers.stream().map(DemoUser::id).toList());

        String audience = audienceClient().path("clientId").asString();
        var softly = new SoftAssertions();
        for (DemoUser demo : demoUsers) {
            JsonNode user = user(demo.id());
            // Keycloak keeps an imported user's id, and sub is that id: records name the same user ids.
            softly.assertThat(user.path("id").asString()).as("%s: id (the sub claim)", demo.id()).isEqualTo(demo.id());
            softly.assertThat(user.path("enabled").asBoolean()).as("%s enabled", demo.id()).isTrue();
            softly.assertThat(strings(user.path("clientRoles").path(audience))).as("%s: roles", demo.id())
                    .containsExactlyInAnyOrderElementsOf(demo.roles());
            softly.assertThat(attribute(user, "unit")).as("%s: unit", demo.id()).contains(demo.unit());
            softly.assertThat(attribute(user, "unitName")).as("%s: unit name", demo.id()).contains(demo.unitName());
            softly.assertThat(user.path("requiredActions").values()).as("%s signs in without a detour", demo.id())
                    .isEmpty();
            softly.assertThat(user.path("credentials").values()).as("%s: the demo password", demo.id())
                    .anySatisfy(credential -> {
                        assertThat(credential.path("type").asString()).isEqualTo("password");
                        assertThat(credential.path("value").asString()).isEqualTo(demoPassword());
                        assertThat(credential.path("temporary").asBoolean()).isFalse();
                    });
        }
        var declared = strings(realm.path("roles").path("client").path(audience), "name");
        for (DemoUser demo : demoUsers) {
            softly.assertThat(declared).as("roles declared on %s", audience).containsAll(demo.roles());
        }
        softly.assertAll();
    }

    @Test
    void theReadmeGivesTheDemoPassword() throws IOException {
        assertThat(Files.readString(Repository.file("README.md"), StandardCharsets.UTF_8)).contains(demoPassword());
    }

    /** Every claim the development issuer signs has a mapper in every client a person signs in with. */
    @Test
    void accessTokensCarryTheClaimsOfTheDevelopmentIssuer() throws IOException {
        Set<String> claims = devIssuerClaims();
        assertThat(claims).as("claims read from DevTokenIssuer.sign").contains("sub", "aud", "roles", "unit", "name");

        List<JsonNode> clients = signInClients();
        assertThat(clients).as("public clients (portal, scripts)").isNotEmpty();
        var softly = new SoftAssertions();
        for (JsonNode client : clients) {
            String id = client.path("clientId").asString();
            for (String claim : claims) {
                if (ALWAYS_ISSUED.contains(claim)) {
                    continue;
                }
                switch (claim) {
                    case "sub" -> softly.assertThat(strings(client.path("defaultClientScopes")))
                            .as("%s: the basic scope writes sub", id).contains("basic");
                    case "aud" -> softly.assertThat(mapper(client, "oidc-audience-mapper")
                                    .map(m -> m.path("config").path("included.client.audience").asString()))
                            .as("%s: aud contains %s", id, DevTokenIssuer.AUDIENCE).contains(DevTokenIssuer.AUDIENCE);
                    default -> softly.assertThat(claimMapper(client, claim)).as("%s: a mapper for claim %s", id, claim)
                            .hasValueSatisfying(m -> assertThat(m.path("config").path("access.token.claim").asString())
                                    .isEqualTo("true"));
                }
            }
            // Shapes: roles an array even with one role, unit and name plain strings from the user's attributes.
            softly.assertThat(claimMapper(client, "roles")).as("%s: roles", id).hasValueSatisfying(m -> {
                assertThat(m.path("protocolMapper").asString()).isEqualTo("oidc-usermodel-client-role-mapper");
                assertThat(m.path("config").path("usermodel.clientRoleMapping.clientId").asString())
                        .isEqualTo(DevTokenIssuer.AUDIENCE);
                assertThat(m.path("config").path("multivalued").asString()).isEqualTo("true");
            });
            for (String claim : List.of("unit", "name")) {
                softly.assertThat(claimMapper(client, claim)).as("%s: %s", id, claim).hasValueSatisfying(m -> {
                    assertThat(m.path("config").path("jsonType.label").asString()).isEqualTo("String");
                    assertThat(m.path("config").path("multivalued").asString("false")).isEqualTo("false");
                });
            }
            // Keycloak's "profile" scope writes its own name (first + last name) over ours.
            softly.assertThat(strings(client.path("defaultClientScopes"))).as("%s: scopes", id)
                    .doesNotContain("profile");
            softly.assertThat(strings(client.path("optionalClientScopes"))).as("%s: optional scopes", id)
                    .doesNotContain("profile");
        }
        softly.assertAll();
    }

    /** What a mapper reads from a user is there, with the value the development issuer would sign. */
    @Test
    void mappedAttributesHoldTheDemoValues() {
        var softly = new SoftAssertions();
        for (JsonNode client : signInClients()) {
            for (String claim : List.of("name", "unit")) {
                Optional<JsonNode> mapper = claimMapper(client, claim);
                if (mapper.isEmpty()) {
                    continue; // reported by accessTokensCarryTheClaimsOfTheDevelopmentIssuer
                }
                String attribute = mapper.get().path("config").path("user.attribute").asString();
                for (DemoUser demo : demoUsers) {
                    String expected = claim.equals("name") ? demo.name() : demo.unit();
                    softly.assertThat(attribute(user(demo.id()), attribute))
                            .as("%s: attribute %s (claim %s)", demo.id(), attribute, claim).contains(expected);
                }
            }
        }
        softly.assertAll();
    }

    /**
     * Keycloak 24+ silently drops attributes its user profile does not declare, so every attribute the users carry
     * is declared; the ones that decide what a user may do (unit) or that records show (name) only an administrator
     * may change.
     */
    @Test
    void theUserProfileDeclaresTheAttributesAndOnlyAdministratorsEditThem() {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        assertThat(provider.path("providerId").asString()).isEqualTo("declarative-user-profile");
        JsonNode profile = JsonMapper.builder().build()
                .readTree(provider.path("config").path("kc.user.profile.config").path(0).asString());
        var declared = new LinkedHashSet<String>();
        profile.path("attributes").values().forEach(a -> declared.add(a.path("name").asString()));

        var used = new LinkedHashSet<String>();
        realm.path("users").values().forEach(user -> used.addAll(user.path("attributes").propertyNames()));
        assertThat(declared).as("attributes declared in the user profile").containsAll(used);

        var softly = new SoftAssertions();
        for (JsonNode attribute : profile.path("attributes").values()) {
            String name = attribute.path("name").asString();
            if (used.contains(name)) {
                softly.assertThat(strings(attribute.path("permissions").path("edit"))).as("who may edit %s", name)
                        .containsExactly("admin");
            }
            softly.assertThat(attribute.path("required").isMissingNode()).as("%s is not required (no detour at "
                    + "sign-in)", name).isTrue();
        }
        softly.assertAll();
    }

    @Test
    void textsAreNfc() throws IOException {
        String text = Files.readString(Repository.file(REALM_FILE), StandardCharsets.UTF_8);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    private JsonNode audienceClient() {
        return client(DevTokenIssuer.AUDIENCE).orElseThrow(() -> new AssertionError("no client "
                + DevTokenIssuer.AUDIENCE + ": the audience and the owner of the roles"));
    }

    private Optional<JsonNode> client(String clientId) {
        return realm.path("clients").values().stream()
                .filter(c -> c.path("clientId").asString().equals(clientId)).findFirst();
    }

    private List<JsonNode> signInClients() {
        return realm.path("clients").values().stream().filter(c -> c.path("publicClient").asBoolean()).toList();
    }

    private JsonNode user(String username) {
        return realm.path("users").values().stream()
                .filter(u -> u.path("username").asString().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("no user " + username));
    }

    private static Optional<String> attribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        return values.size() == 1 ? Optional.of(values.path(0).asString()) : Optional.empty();
    }

    private static Optional<JsonNode> mapper(JsonNode client, String type) {
        return client.path("protocolMappers").values().stream()
                .filter(m -> m.path("protocolMapper").asString().equals(type)).findFirst();
    }

    private static Optional<JsonNode> claimMapper(JsonNode client, String claim) {
        return client.path("protocolMappers").values().stream()
                .filter(m -> m.path("config").path("claim.name").asString("").equals(claim)).findFirst();
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.values().forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> strings(JsonNode array, String field) {
        var values = new ArrayList<String>();
        array.values().forEach(v -> values.add(v.path(field).asString()));
        return values;
    }

    /** One password for every demo user, as the README says; the realm is the place it is set. */
    private String demoPassword() {
        Set<String> passwords = new LinkedHashSet<>();
        realm.path("users").values().forEach(u -> u.path("credentials").values()
                .forEach(c -> passwords.add(c.path("value").asString())));
        assertThat(passwords).as("one demo password").hasSize(1);
        return passwords.iterator().next();
    }

    /** The claim names {@code DevTokenIssuer.sign} puts in a token, read from its source. */
    private static Set<String> devIssuerClaims() throws IOException {
        String source = Files.readString(Repository.file(DEV_ISSUER_SOURCE), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("claims\\.put\\(\"([a-zA-Z_]+)\"").matcher(source);
        var claims = new LinkedHashSet<String>();
        while (m.find()) {
            claims.add(m.group(1));
        }
        return claims;
    }
}
