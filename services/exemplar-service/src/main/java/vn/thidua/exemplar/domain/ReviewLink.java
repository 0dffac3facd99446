package vn.thidua.exemplar.domain;

/** A campaign review in which the exemplar's unit led its emulation cluster ("lá cờ đầu"). */
public record ReviewLink(String campaignId, String reviewKey, String campaignTitle, String clusterName, int year) {
}
