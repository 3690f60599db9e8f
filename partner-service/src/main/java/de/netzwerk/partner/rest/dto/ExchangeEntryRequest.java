package de.netzwerk.partner.rest.dto;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import de.netzwerk.partner.ExchangeKind;
import de.netzwerk.partner.service.Tags;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(description = "An offer or a need in the resource exchange: anything but money. Refused with 422 naming the "
        + "field when the request prices it: a field such as price, amount, cost, fee or currency; a currency sign or an "
        + "amount of money (\"50 Euro\") in the description or a tag; or words asking for or offering payment (Honorar, "
        + "Bezahlung, Entgelt, Gebühr, fee, payment …) unless they say there is none (\"ohne Honorar\"). Words that only "
        + "look like money pass (\"Euro-Schlüssel\", \"kostenlos\", \"unentgeltlich\").")
public record ExchangeEntryRequest(
        @Schema(description = "The partner who offers or needs it: a member posts for themselves, a coordinator for any "
                + "partner of the network") @NotNull UUID partnerId,
        @Schema(examples = "ROOM") @NotNull ExchangeKind kind,
        @Schema(description = "What is offered or needed, in the partner's words. Shown in the exchange, never published "
                + "on an event", examples = "Barrierefreier Gruppenraum für 20 Personen, dienstags abends")
        @NotBlank @Size(max = 2000) String description,
        @Schema(description = "Tags like a partner's expertise (letters, digits, spaces and hyphens, at most 40 characters "
                + "each, at most 20), compared case-insensitively and stored lower-case; published on events",
                examples = "[\"Barrierefreiheit\", \"Gruppenraum\"]")
        @Size(max = Tags.MAX_COUNT)
        List<@NotBlank @Size(max = Tags.MAX_LENGTH) @Pattern(regexp = Tags.PATTERN, message = Tags.PATTERN_MESSAGE) String> tags,
        @Schema(description = "The last day it holds, in the network's time zone; today or later. From the next day on it "
                + "has expired and leaves the open lists") @NotNull LocalDate validUntil,
        @Schema(description = "The meeting it is posted at (a Marktplatz at a meeting, seed 003), if any: a meeting of the "
                + "network (422 otherwise). partner-service learns meeting ids from meeting-service's events, so a "
                + "meeting scheduled a moment ago may need a second to be known") UUID meetingId,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> otherFields) {

    public ExchangeEntryRequest {
        // Not Map.copyOf: a field sent as null ("price": null) prices the entry too and must reach the rule.
        otherFields = otherFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
    }
}
