package vn.thidua.exemplar.application;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.thidua.contracts.events.exemplar.ExemplarField;

/**
 * @param provinceCode the province this deployment serves (the tenant every exemplar carries)
 * @param discovery    what opens exemplars automatically
 */
@Validated
@ConfigurationProperties("thidua.exemplar")
public record ExemplarProperties(@DefaultValue("19") @Pattern(regexp = "\\d{2}") String provinceCode,
                                 @DefaultValue @NotNull Discovery discovery) {

    /**
     * @param awardTypes   award type codes (nomination-service's catalogue) whose grants open a discovered exemplar:
     *                     by law and practice the provincial titles and above; data, because it differs by locality.
     *                     The list is in application.yml; a deployment without one fails at start-up
     * @param defaultField the field of an exemplar opened from an event, which carries none; the commendation office
     *                     corrects it
     */
    public record Discovery(@NotEmpty List<String> awardTypes,
                            @DefaultValue("OTHER") @NotNull ExemplarField defaultField) {
    }
}
