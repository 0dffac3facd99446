package vn.thidua.support.config;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The province this deployment serves ({@code thidua.tenant.province-code}, {@code THIDUA_PROVINCE_CODE}): two digits
 * of the national list of administrative units (Thái Nguyên: 19). Every aggregate and event carries it.
 */
@Validated
@ConfigurationProperties("thidua.tenant")
public record TenantProperties(@DefaultValue("19") @Pattern(regexp = "\\d{2}") String provinceCode) {
}
