package vn.thidua.campaign.application;

import vn.thidua.campaign.domain.unit.Unit;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;

/**
 * Who acts for which unit. An officer (UNIT_OFFICER or REVIEWER) acts for their own unit and every unit below
 * it. The commendation office (REVIEWER) sits in a department (Ban Thi đua – Khen thưởng in Sở Nội vụ) but
 * prepares the acts of the People's Committee that department belongs to, so a REVIEWER also acts for their
 * unit's parent and everything below it. An ADMIN acts for every unit.
 */
public final class Jurisdiction {

    private Jurisdiction() {
    }

    /**
     * @param officersUnit the caller's unit as the registry knows it; null when it is not registered
     * @param target       the unit acted for as the registry knows it; null when it is not registered (then only
     *                     its own officers, by code, act for it)
     */
    public static boolean actsFor(CurrentUser user, Unit officersUnit, String targetCode, Unit target) {
        if (user == null) {
            return false;
        }
        if (user.has(Role.ADMIN)) {
            return true;
        }
        if (!user.has(Role.UNIT_OFFICER, Role.REVIEWER) || user.unitCode() == null) {
            return false;
        }
        if (within(targetCode, target, user.unitCode())) {
            return true;
        }
        return user.has(Role.REVIEWER) && officersUnit != null && officersUnit.parentCode() != null
                && within(targetCode, target, officersUnit.parentCode());
    }

    private static boolean within(String targetCode, Unit target, String ancestorOrSelf) {
        return target == null ? targetCode.equals(ancestorOrSelf) : target.isWithin(ancestorOrSelf);
    }
}
