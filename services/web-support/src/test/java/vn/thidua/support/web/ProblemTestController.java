package vn.thidua.support.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.support.problem.BusinessRuleException;
import vn.thidua.support.problem.ConcurrentChangeException;
import vn.thidua.support.problem.IllegalTransitionException;
import vn.thidua.support.problem.NotFoundException;

@RestController
class ProblemTestController {

    static final long CURRENT_VERSION = 3;

    record Period(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    record Criterion(@NotBlank @Size(max = 100) String name, @NotNull @Min(0) @Max(100) Integer maxScore) {
    }

    record CampaignRequest(
            @NotBlank @Size(min = 1, max = 200) String title,
            @NotNull @Valid Period period,
            @NotEmpty @Size(max = 10) List<@Valid Criterion> criteria,
            @Positive Integer quota,
            @Email String contactEmail,
            @Pattern(regexp = "[A-Z0-9-]{2,20}") String code,
            @DecimalMax(value = "10.0", inclusive = false) BigDecimal weight,
            @Future LocalDate deadline) {
    }

    @PostMapping(path = "/api/campaigns", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Map<String, Object>> create(@Valid @RequestBody CampaignRequest request) {
        return Mono.just(Map.of("title", request.title(), "criteria", request.criteria().size()));
    }

    @GetMapping(path = "/api/campaigns/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Map<String, Object>>> get(@PathVariable long id) {
        if (id != 1) {
            return Mono.error(NotFoundException.of("đợt thi đua", Long.toString(id)));
        }
        return Mono.just(ResponseEntity.ok().eTag(Etags.format(CURRENT_VERSION))
                .body(Map.of("id", id, "title", "Đợt thi đua năm 2025")));
    }

    @PutMapping(path = "/api/campaigns/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Map<String, Object>> update(@PathVariable long id,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                     @Valid @RequestBody Criterion ignored) {
        Etags.requireMatch(ifMatch, CURRENT_VERSION, "campaign-" + id);
        return Mono.just(Map.of("id", id));
    }

    @PostMapping("/api/campaigns/{id}/approve")
    Mono<Void> approve(@PathVariable long id) {
        throw new IllegalTransitionException("Không thể phê duyệt đợt thi đua đang ở trạng thái Nháp.",
                "DRAFT", "approve");
    }

    @PostMapping("/api/campaigns/{id}/register")
    Mono<Void> register(@PathVariable long id) {
        return Mono.error(new BusinessRuleException("registration-deadline-passed",
                "Đã hết hạn đăng ký thi đua (hạn cuối: 31/03/2025)."));
    }

    @PostMapping("/api/campaigns/{id}/rename")
    Mono<Void> rename(@PathVariable long id) {
        return Mono.error(new ConcurrentChangeException("campaign-" + id, 2));
    }

    @GetMapping("/api/search")
    Mono<Map<String, Object>> search(@RequestParam @Min(1) int page,
                                     @RequestParam(required = false) LocalDate from) {
        return Mono.just(Map.of("page", page));
    }

    /** A constraint on a simple parameter switches Spring to method validation, which then covers the body too. */
    @PutMapping(path = "/api/criteria/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Map<String, Object>> replaceCriterion(@PathVariable @Positive long id,
                                               @Valid @RequestBody Criterion criterion) {
        return Mono.just(Map.of("id", id));
    }

    @GetMapping("/api/limited")
    Mono<Void> limited() {
        return Mono.error(new RateLimitedException(Duration.ofMillis(29_500)));
    }

    @GetMapping("/api/unavailable")
    Mono<Void> unavailable() {
        return Mono.error(new ServiceUnavailableException(
                "Dịch vụ danh mục đơn vị đang tạm ngừng. Vui lòng thử lại sau ít phút.", Duration.ofSeconds(10)));
    }

    @GetMapping("/api/boom")
    Mono<Void> boom() {
        throw new IllegalStateException("connection to mongodb://admin:s3cret@db failed");
    }
}
