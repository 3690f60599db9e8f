package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.rest.input.TimeZoneId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new network (tenant)")
public record CreateNetworkRequest(
        @Schema(description = "Readable, permanent id used in every path", examples = "inklusion-musterstadt")
        @NotNull @Pattern(regexp = NetworkSlug.PATTERN, message = NetworkSlug.MESSAGE)
        String id,

        @Schema(examples = "Inklusionsnetzwerk Musterstadt")
        @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "IANA time zone of the network's meetings; default Europe/Berlin", examples = "Europe/Berlin")
        @TimeZoneId
        String timeZone,

        @Schema(description = "Default language of the network; default de", enumeration = { "de", "en" })
        @Pattern(regexp = "de|en", message = "{netzwerk.language}")
        String defaultLanguage) {
}
