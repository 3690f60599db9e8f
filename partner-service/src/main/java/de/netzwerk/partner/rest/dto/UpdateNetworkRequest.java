package de.netzwerk.partner.rest.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Changes to a network; absent fields stay as they are")
public record UpdateNetworkRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String name,

        @TimeZoneId
        String timeZone,

        @Pattern(regexp = "de|en", message = "must be de or en")
        String defaultLanguage) {
}
