package de.netzwerk.partner.service.command;

import de.netzwerk.partner.ExchangeKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An offer or a need to post. {@code otherFields} names the fields the request carried beyond these — a field such as
 * price or fee prices the entry, which the money-free rule refuses.
 */
public record ExchangeEntryCommand(UUID partnerId, ExchangeKind kind, String description, List<String> tags,
        LocalDate validUntil, UUID meetingId, List<String> otherFields) {

    public ExchangeEntryCommand {
        otherFields = List.copyOf(otherFields); // in the order sent: the first priced field is the one named
    }
}
