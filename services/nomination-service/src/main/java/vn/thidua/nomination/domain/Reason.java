package vn.thidua.nomination.domain;

/** One reason a subject is not eligible: a stable code and the Vietnamese sentence shown to the officer. */
public record Reason(String code, String message) {
}
