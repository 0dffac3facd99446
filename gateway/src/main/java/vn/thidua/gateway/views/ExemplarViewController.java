package vn.thidua.gateway.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.problem.NotFoundException;

/**
 * {@code GET /api/views/exemplars/{id}}: an exemplar with the decisions that honoured it, its campaigns, its
 * adoptions and their spread, and the articles about it. The exemplar comes first (its links say what else to
 * fetch); the rest is fetched in parallel. What a reader may not see (a draft exemplar, say) is hidden by
 * exemplar-service itself, with the reader's token.
 */
@RestController
public class ExemplarViewController {

    /** An exemplar rarely has more; a longer list is cut rather than fanned out without bound. */
    static final int MAX_LINKED = 10;

    private final Downstream downstream;

    public ExemplarViewController(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/api/views/exemplars/{id}")
    public Mono<Map<String, Object>> exemplar(@PathVariable String id, ServerWebExchange exchange) {
        return downstream.get(exchange, "exemplar-service", "/api/exemplars/" + Paths.segment(id))
                .flatMap(part -> {
                    if (part instanceof Part.Absent) {
                        return Mono.error(new NotFoundException("Không tìm thấy điển hình tiên tiến " + id + "."));
                    }
                    JsonNode exemplar = ViewDocument.body(part);
                    if (exemplar == null) {
                        return Mono.just(new ViewDocument().put("exemplar", part).toMap());
                    }
                    return Mono.zip(
                                    decisions(exemplar, exchange),
                                    linked(exchange, "campaign-service", "/api/campaigns/", exemplar.path("campaignIds")),
                                    downstream.get(exchange, "exemplar-service",
                                            "/api/exemplars/" + Paths.segment(id) + "/diffusion"),
                                    articles(exemplar, exchange))
                            .map(parts -> {
                                ViewDocument view = new ViewDocument().put("exemplar", part);
                                parts.getT1().addTo(view, "awards");
                                parts.getT2().addTo(view, "campaigns");
                                view.put("diffusion", parts.getT3());
                                view.putValue("adoptions", exemplar.path("adoptions"));
                                parts.getT4().addTo(view, "articles");
                                return view.toMap();
                            });
                });
    }

    /** The decisions linked to the exemplar, each with what the exemplar's own link says about the award. */
    private Mono<Linked> decisions(JsonNode exemplar, ServerWebExchange exchange) {
        List<JsonNode> links = first(exemplar.path("decisions"));
        return Flux.fromIterable(links)
                .flatMapSequential(link -> downstream.get(exchange, "nomination-service",
                                "/api/decisions/" + Paths.segment(link.path("decisionId").asString()))
                        .map(part -> new Linked.Entry(part, Map.of(
                                "decisionNumber", link.path("decisionNumber").asString(""),
                                "awardType", link.path("awardType").asString(""),
                                "awardName", link.path("awardName").asString(""),
                                "issuedOn", link.path("issuedOn").asString("")))))
                .collectList().map(Linked::new);
    }

    private Mono<Linked> articles(JsonNode exemplar, ServerWebExchange exchange) {
        List<JsonNode> links = first(exemplar.path("articles"));
        return Flux.fromIterable(links)
                .flatMapSequential(link -> downstream.get(exchange, "publication-service",
                                "/api/articles/" + Paths.segment(link.path("articleId").asString()))
                        .map(part -> new Linked.Entry(part, Map.of(
                                "title", link.path("title").asString(""),
                                "url", link.path("url").asString("")))))
                .collectList().map(Linked::new);
    }

    private Mono<Linked> linked(ServerWebExchange exchange, String service, String prefix, JsonNode ids) {
        return Flux.fromIterable(first(ids))
                .flatMapSequential(id -> downstream.get(exchange, service, prefix + Paths.segment(id.asString()))
                        .map(part -> new Linked.Entry(part, Map.of())))
                .collectList().map(Linked::new);
    }

    private static List<JsonNode> first(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(item -> {
            if (items.size() < MAX_LINKED) {
                items.add(item);
            }
        });
        return items;
    }

    /**
     * Parts fetched one per link. A found part is shown as the service returned it; when its service is missing
     * the link's own summary stands in (so the reader still sees the decision number or the article title).
     */
    record Linked(List<Entry> entries) {

        record Entry(Part part, Map<String, Object> summary) {
        }

        void addTo(ViewDocument view, String name) {
            List<Object> items = new ArrayList<>();
            for (Entry entry : entries) {
                JsonNode body = ViewDocument.body(entry.part());
                if (body != null) {
                    items.add(entry.summary().isEmpty() ? body : merged(entry.summary(), body));
                } else if (entry.part() instanceof Part.Missing missing) {
                    view.markDegraded(missing.service());
                    if (!entry.summary().isEmpty()) {
                        items.add(entry.summary());
                    }
                }
            }
            view.putValue(name, items);
        }

        private static Map<String, Object> merged(Map<String, Object> summary, JsonNode body) {
            Map<String, Object> item = new LinkedHashMap<>(summary);
            item.put("details", body);
            return item;
        }
    }
}
