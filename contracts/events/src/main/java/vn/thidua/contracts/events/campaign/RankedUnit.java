package vn.thidua.contracts.events.campaign;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.contracts.events.EventLists;

/** One line of a ranking: ranks are 1, 2, 3… without gaps; ties are broken by campaign-service's stated rule. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RankedUnit(int rank, UnitRef unit, BigDecimal totalScore, List<CriterionScore> scores) {

    public RankedUnit {
        scores = EventLists.required(scores);
    }
}
