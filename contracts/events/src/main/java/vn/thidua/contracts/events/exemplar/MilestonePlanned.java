package vn.thidua.contracts.events.exemplar;

import java.time.LocalDate;

/** One milestone of a fostering plan as it was planned. */
public record MilestonePlanned(String milestoneId, String title, LocalDate dueOn) {
}
