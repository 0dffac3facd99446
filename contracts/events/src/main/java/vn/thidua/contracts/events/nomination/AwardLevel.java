package vn.thidua.contracts.events.nomination;

/** The level of an award: who may decide it. DISTRICT is historic (districts were abolished on 1 Jul 2025). */
public enum AwardLevel {
    GRASSROOTS,
    DISTRICT,
    PROVINCIAL,
    NATIONAL
}
