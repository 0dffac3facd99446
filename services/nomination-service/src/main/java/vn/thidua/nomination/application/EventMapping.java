package vn.thidua.nomination.application;

import vn.thidua.contracts.events.SubjectKind;
import vn.thidua.contracts.events.nomination.AwardLevel;
import vn.thidua.contracts.events.nomination.RevocationGround;
import vn.thidua.contracts.events.nomination.TimingType;

/** The domain's enums as the contracts spell them: the same names, so each mapping is by name. */
final class EventMapping {

    private EventMapping() {
    }

    static SubjectKind kind(vn.thidua.nomination.domain.SubjectKind kind) {
        return SubjectKind.valueOf(kind.name());
    }

    static TimingType timing(vn.thidua.nomination.domain.TimingType timing) {
        return TimingType.valueOf(timing.name());
    }

    static AwardLevel level(vn.thidua.nomination.domain.AwardLevel level) {
        return AwardLevel.valueOf(level.name());
    }

    static RevocationGround ground(vn.thidua.nomination.domain.RevocationGround ground) {
        return RevocationGround.valueOf(ground.name());
    }
}
