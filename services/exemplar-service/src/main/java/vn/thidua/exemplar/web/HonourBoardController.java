package vn.thidua.exemplar.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.contracts.events.exemplar.ExemplarField;
import vn.thidua.exemplar.application.ExemplarService;
import vn.thidua.support.web.PageResult;

/**
 * {@code /api/honour-board}: the bảng vàng, recognised exemplars and those being replicated, for everyone, by field,
 * year of recognition, unit (with its sub-units) and text without diacritics, newest recognitions first. Always the
 * public form.
 */
@RestController
@RequestMapping("/api/honour-board")
class HonourBoardController {

    private final ExemplarService exemplars;

    HonourBoardController(ExemplarService exemplars) {
        this.exemplars = exemplars;
    }

    @GetMapping
    Mono<PageResult<ExemplarView>> board(@RequestParam(required = false) ExemplarField field,
                                         @RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) String unit,
                                         @RequestParam(name = "q", required = false) String text,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "" + PageResult.DEFAULT_SIZE) int size) {
        return exemplars.honourBoard(field, unit, text, year, page, size)
                .map(found -> found.map(e -> ExemplarView.publicView(e, List.of())));
    }
}
