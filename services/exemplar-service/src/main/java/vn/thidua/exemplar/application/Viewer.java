package vn.thidua.exemplar.application;

import java.util.Set;
import vn.thidua.exemplar.domain.Exemplar;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;

/**
 * Who is reading or acting, with the units an officer answers for already resolved from the local unit tree.
 *
 * @param user      null for an anonymous reader
 * @param ownUnits  the officer's unit and its sub-units; empty for anyone else
 */
public record Viewer(CurrentUser user, Set<String> ownUnits) {

    public static final Viewer ANONYMOUS = new Viewer(null, Set.of());

    /** The commendation office and administrators manage fostering and recognition. */
    public boolean managesExemplars() {
        return user != null && user.has(Role.REVIEWER, Role.ADMIN);
    }

    /** Those who read every exemplar in full: the office, administrators, the council and the editorial board. */
    public boolean readsEverything() {
        return user != null && user.has(Role.REVIEWER, Role.ADMIN, Role.COUNCIL_MEMBER, Role.EDITOR);
    }

    public boolean isOfficer() {
        return user != null && user.has(Role.UNIT_OFFICER);
    }

    /** Whether the viewer acts for this unit: the office for any, an officer for its own unit and sub-units. */
    public boolean actsFor(String unitCode) {
        return managesExemplars() || (isOfficer() && ownUnits.contains(unitCode));
    }

    /** Everything about the exemplar, or only what the public may read. */
    public boolean seesInFull(Exemplar exemplar) {
        return readsEverything() || (isOfficer() && ownUnits.contains(exemplar.subject().unitCode()));
    }

    public boolean sees(Exemplar exemplar) {
        return exemplar.status().isPublic() || seesInFull(exemplar);
    }
}
