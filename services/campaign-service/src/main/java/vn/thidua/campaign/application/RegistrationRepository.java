package vn.thidua.campaign.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.campaign.domain.registration.Registration;

/** Where registrations live: one document per campaign and unit, with its own outbox. */
public interface RegistrationRepository {

    Mono<Registration> findById(String id);

    /** A campaign's registrations, by unit code. */
    Flux<Registration> findByCampaign(String campaignId);

    /** Stores a first registration (409 if the unit registered concurrently). */
    Mono<Registration> insert(Registration.Registered registered);

    /** Stores an amendment if the registration is still at {@code expectedVersion} (409 otherwise). */
    Mono<Registration> update(Registration.Registered amended, long expectedVersion);
}
