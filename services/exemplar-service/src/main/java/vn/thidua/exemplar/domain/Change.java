package vn.thidua.exemplar.domain;

import vn.thidua.contracts.events.DomainEvent;

/**
 * What a command leaves behind: the exemplar's next state and the event that tells the other services, which
 * carries the next state's version.
 */
public record Change(Exemplar exemplar, DomainEvent event) {
}
