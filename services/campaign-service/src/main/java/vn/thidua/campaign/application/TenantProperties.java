package vn.thidua.campaign.application;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The province this deployment serves (the tenant every aggregate carries, so that a national deployment can
 * shard by it). Two digits as in the national list of administrative units; Thái Nguyên is 19.
 */
@Validated
@ConfigurationProperties("thidua.tenant")
public record TenantProperties(@DefaultValue("19") @Pattern(regexp = "\\d{2}") String provinceCode) {
}
