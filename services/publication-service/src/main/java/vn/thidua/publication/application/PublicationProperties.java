package vn.thidua.publication.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param provinceCode     the tenant: two digits, Thái Nguyên is 19
 * @param portalBaseUrl    absolute base of the public portal, for feed and sitemap links
 * @param portalName       the portal's name in feeds
 * @param schedulerPoll    how often scheduled articles are looked for
 * @param repeatViewWindow repeated views of one article by one visitor within this window count once
 * @param onlineWindow     "online now" counts distinct visitors seen within this window
 * @param editorialUnitCode the unit credited with drafts about province-wide events (campaign reviews)
 */
@Validated
@ConfigurationProperties("thidua.publication")
public record PublicationProperties(
        @DefaultValue("19") @Pattern(regexp = "\\d{2}") String provinceCode,
        @DefaultValue("http://localhost:8080") @Pattern(regexp = "https?://[^\\s?#]+[^/\\s?#]") String portalBaseUrl,
        @DefaultValue("Cổng thông tin điện tử tỉnh Thái Nguyên") String portalName,
        @DefaultValue("10s") @NotNull Duration schedulerPoll,
        @DefaultValue("30m") @NotNull Duration repeatViewWindow,
        @DefaultValue("5m") @NotNull Duration onlineWindow,
        @DefaultValue("UBND-TN") @NotNull String editorialUnitCode) {
}
