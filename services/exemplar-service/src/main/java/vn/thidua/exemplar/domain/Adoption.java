package vn.thidua.exemplar.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One unit taking up an exemplar's model (nhân rộng).
 *
 * @param scale   how widely, in the adopting unit's words; may be null
 * @param outcome what it has brought so far; may be null at first
 */
public record Adoption(String id, String unitCode, String unitName, LocalDate adoptedOn, String scale,
                       String outcome, String recordedBy, Instant recordedAt) {
}
