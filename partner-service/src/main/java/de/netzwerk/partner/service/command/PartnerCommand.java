package de.netzwerk.partner.service.command;

import de.netzwerk.partner.PartnerKind;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import de.netzwerk.partner.service.Tags;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "PartnerRequest", description = "A partner's profile. PUT replaces it as a whole; absent optional fields are cleared.")
public record PartnerCommand(
        @Schema(description = "Only coordinators change it", examples = "ORGANISATION") @NotNull PartnerKind kind,
        @Schema(description = "Only coordinators change it", examples = "SELF_ADVOCATES") @NotNull Sector sector,
        @Schema(examples = "Selbsthilfegruppe Blickwinkel e.V.") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "kontakt@blickwinkel-ev.de") @Email @Size(max = 254) String email,
        @Schema(examples = "+49 521 123456") @Pattern(regexp = "[+0-9 ()/-]{3,40}", message = "{netzwerk.phone}") String phone,
        @Schema(description = "Talents and expertise as tags (letters, digits, spaces and hyphens, at most 40 characters "
                + "each, at most 20), compared case-insensitively and stored lower-case. Tags are published on "
                + "partner-events: what the partner says in sentences belongs in offers or interests.",
                examples = "[\"Barrierefreiheit\", \"Leichte Sprache\"]")
        @Size(max = Tags.MAX_COUNT)
        List<@NotBlank @Size(max = Tags.MAX_LENGTH) @Pattern(regexp = Tags.PATTERN, message = Tags.PATTERN_MESSAGE) String> expertise,
        @Schema(description = "What they want from the network", examples = "Kontakte zur Stadtverwaltung")
        @Size(max = 2000) String interests,
        @Schema(description = "What they offer: time, rooms, know-how — anything but money. Their own words: kept here and "
                + "shown to coordinators and members, never published on an event",
                examples = "Beratung zu Leichter Sprache, Raum für 20 Personen")
        @Size(max = 2000) String offers,
        @Schema(description = "Default ACTIVE on registration; absent on update keeps it; only coordinators change it") PartnerStatus status,
        @Schema(description = "May the network contact them? Default false", examples = "true") Boolean contactConsent,
        @Schema(description = "May other members see them in the directory? Default false", examples = "true") Boolean listingConsent,
        @Schema(description = "May the network keep them in its directory with email and phone after they left? Without it, "
                + "both are removed a grace period after leaving (netzwerk.partners.left-contact-retention). Default false",
                examples = "false") Boolean stayListedConsent,
        @Schema(description = "The network member (a partner of the same network) who looks after the relationship; "
                + "only coordinators set or clear it")
        UUID responsiblePartnerId,
        @Schema(description = "The partner's key in the network's own spreadsheet or system, unique in the network (409 "
                + "otherwise): a spreadsheet import (POST …/partners/import) finds the partner by it. Only coordinators "
                + "set or clear it", examples = "KOM-2024-0815")
        @Size(max = 100) @Pattern(regexp = "\\S(.*\\S)?", message = "{netzwerk.trimmed}") String externalId) {
}
