package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.ContactChannel;
import de.netzwerk.partner.ContactEntry;
import de.netzwerk.partner.ContactLevel;
import de.netzwerk.partner.ContactSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record ContactResponse(@Schema(required = true) UUID id,
        @Schema(required = true) LocalDate contactedOn,
        @Schema(required = true) ContactChannel channel,
        @Schema(required = true) ContactLevel level,
        @Schema(required = true, nullable = true, description = "Who made the contact; absent for a contact made in an alert's follow-up") String madeBy,
        @Schema(required = true, nullable = true) String note,
        @Schema(required = true, description = "CONTACT_LOG: entered here; ALERT_FOLLOW_UP: recorded in the follow-up of an alert "
                + "(engagement-service), which alertId names") ContactSource source,
        @Schema(required = true, nullable = true) UUID alertId) {

    public static ContactResponse of(ContactEntry entry) {
        return new ContactResponse(entry.id, entry.contactedOn, entry.channel, entry.level, entry.madeBy, entry.note,
                entry.source, entry.alertId);
    }
}
