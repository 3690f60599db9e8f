package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.rest.input.TimeZoneId;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Changes to a network; absent fields stay as they are")
public record UpdateNetworkRequest(
        @Schema(examples = "Engagierte Stadt Musterstadt")
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
        String name,

        @Schema(examples = "Europe/Berlin")
        @TimeZoneId
        String timeZone,

        @Schema(enumeration = { "de", "en" }, examples = "de")
        @Pattern(regexp = "de|en", message = "{netzwerk.language}")
        String defaultLanguage) {
}
