package vn.thidua.publication.application;

import java.time.LocalDate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.publication.domain.PublicityDuty;

public interface PublicityDutyRepository {

    Mono<PublicityDuty> insert(PublicityDuty duty);

    /** Duties of the province whose period overlaps {@code [from, to]} (open ends when null), of one unit or all. */
    Flux<PublicityDuty> findOverlapping(String provinceCode, LocalDate from, LocalDate to, String unitCode);
}
