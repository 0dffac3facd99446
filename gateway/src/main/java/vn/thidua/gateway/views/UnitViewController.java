package vn.thidua.gateway.views;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.problem.NotFoundException;

/**
 * {@code GET /api/views/units/{code}} (signed-in users; the edge refuses anonymous callers): a unit's launched
 * campaigns with its registration in each, its nominations counted by status, its awards by year, its exemplars
 * and its publicity duties this year. Every part is fetched with the caller's token, so each service shows only
 * what that user may see of that unit (a commune officer, nothing of another commune's nominations).
 */
@RestController
public class UnitViewController {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int CAMPAIGNS = 10;

    private final Downstream downstream;

    public UnitViewController(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/api/views/units/{code}")
    public Mono<Map<String, Object>> unit(@PathVariable String code, ServerWebExchange exchange) {
        String unit = Paths.query(code);
        int year = LocalDate.now(VIETNAM).getYear();
        return downstream.get(exchange, "campaign-service", "/api/units/" + Paths.segment(code))
                .flatMap(unitPart -> {
                    if (unitPart instanceof Part.Absent) {
                        return Mono.error(new NotFoundException("Không tìm thấy đơn vị " + code + "."));
                    }
                    return Mono.zip(
                            campaignsWithRegistrations(exchange, code),
                            downstream.get(exchange, "nomination-service",
                                    "/api/nominations?unit=" + unit + "&size=100"),
                            downstream.get(exchange, "nomination-service", "/api/awards/statistics?unit=" + unit
                                    + "&fromYear=" + (year - 4) + "&toYear=" + year),
                            downstream.get(exchange, "exemplar-service", "/api/exemplars?unit=" + unit + "&size=20"),
                            downstream.get(exchange, "publication-service", "/api/publicity-duties/report?unitCode="
                                    + unit + "&from=" + year + "-01-01&to=" + year + "-12-31"))
                            .map(parts -> {
                                ViewDocument view = new ViewDocument().put("unit", unitPart);
                                parts.getT1().addTo(view);
                                view.put("nominations", parts.getT2());
                                view.putValue("nominationsByStatus", byStatus(ViewDocument.body(parts.getT2())));
                                view.put("awardsByYear", parts.getT3());
                                view.put("exemplars", parts.getT4());
                                view.put("publicityDuties", parts.getT5());
                                return view.toMap();
                            });
                });
    }

    /** The launched campaigns, each with this unit's registration (null where it has not registered). */
    private Mono<Campaigns> campaignsWithRegistrations(ServerWebExchange exchange, String code) {
        return downstream.get(exchange, "campaign-service", "/api/campaigns?status=LAUNCHED&size=" + CAMPAIGNS)
                .flatMap(list -> {
                    JsonNode body = ViewDocument.body(list);
                    if (body == null) {
                        return Mono.just(new Campaigns(list, List.of()));
                    }
                    return Flux.fromIterable(body.path("items").valueStream().toList())
                            .flatMapSequential(campaign -> downstream.get(exchange, "campaign-service",
                                            "/api/campaigns/" + Paths.segment(campaign.path("id").asString())
                                                    + "/registrations/" + Paths.segment(code))
                                    .map(registration -> new Registration(campaign, registration)))
                            .collectList()
                            .map(registrations -> new Campaigns(list, registrations));
                });
    }

    private record Registration(JsonNode campaign, Part registration) {
    }

    private record Campaigns(Part list, List<Registration> registrations) {

        void addTo(ViewDocument view) {
            if (list instanceof Part.Missing missing) {
                view.put("campaigns", missing);
                return;
            }
            List<Map<String, Object>> items = new ArrayList<>();
            for (Registration entry : registrations) {
                if (entry.registration() instanceof Part.Missing missing) {
                    view.markDegraded(missing.service());
                }
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("campaign", entry.campaign());
                item.put("registration", ViewDocument.body(entry.registration()));
                items.add(item);
            }
            view.putValue("campaigns", items);
        }
    }

    /** Counts of the listed nominations per status, e.g. {"SUBMITTED": 3, "DECIDED": 12}. */
    private static Map<String, Integer> byStatus(JsonNode page) {
        Map<String, Integer> counts = new TreeMap<>();
        if (page != null) {
            page.path("items").forEach(item -> counts.merge(item.path("status").asString("?"), 1, Integer::sum));
        }
        return counts;
    }
}
