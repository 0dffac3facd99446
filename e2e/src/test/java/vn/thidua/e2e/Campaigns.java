package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The README's example campaign, drafted and launched through the gateway, and the articles it leads to. */
final class Campaigns {

    /** The file the README's curl walkthrough posts. */
    static final Path EXAMPLE = E2eStack.repoRoot().resolve("docs/examples/campaign-nong-thon-moi.json");

    private final Api api;

    Campaigns(Api api) {
        this.api = api;
    }

    /** The example with a title of its own, so that each test finds its campaign and article. */
    static String example(String titleSuffix) {
        try {
            var json = (ObjectNode) JsonMapper.shared().readTree(Files.readString(EXAMPLE));
            json.put("title", json.get("title").asString() + " (" + titleSuffix + " " + UUID.randomUUID() + ")");
            return json.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String draft(String body, String token) {
        Api.Response created = api.post("/api/campaigns", body, token);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    void launch(String id, String token) {
        Api.Response launched = api.post("/api/campaigns/" + id + "/launch", null, token);
        assertThat(launched.status()).as(launched.text()).isEqualTo(200);
        assertThat(launched.json().get("status").asString()).isEqualTo("LAUNCHED");
    }

    /** The draft articles linked to the campaign, as the editorial board lists them. */
    List<JsonNode> draftArticlesAbout(String campaignId, String editorToken) {
        Api.Response list = api.get("/api/articles?status=DRAFT&size=100", editorToken);
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        return list.json().get("items").valueStream()
                .filter(article -> article.path("links").path("campaignIds").valueStream()
                        .anyMatch(linked -> linked.asString().equals(campaignId)))
                .toList();
    }
}
