package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.ContactChannel;
import de.netzwerk.partner.ContactEntry;
import de.netzwerk.partner.ContactLevel;

import java.time.LocalDate;
import java.util.UUID;

public record ContactResponse(UUID id, LocalDate contactedOn, ContactChannel channel, ContactLevel level, String madeBy,
        String note) {

    public static ContactResponse of(ContactEntry entry) {
        return new ContactResponse(entry.id, entry.contactedOn, entry.channel, entry.level, entry.madeBy, entry.note);
    }
}
