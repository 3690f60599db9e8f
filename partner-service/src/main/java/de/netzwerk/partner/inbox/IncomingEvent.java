package de.netzwerk.partner.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A CloudEvent (binary mode) as read from Kafka: its attributes from the headers, its JSON data as text. */
public record IncomingEvent(UUID id, String type, String source, String subject, String networkId, String data) {

    /** Reads the CloudEvents headers; a record without them is not an event anyone can process. */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = required(record, "ce_id");
        UUID eventId;
        try {
            eventId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("ce_id '" + id + "' is not a UUID");
        }
        if (record.value() == null || record.value().isBlank()) {
            throw new UnprocessableEventException("the record has no data");
        }
        return new IncomingEvent(eventId, required(record, "ce_type"), required(record, "ce_source"),
                required(record, "ce_subject"), required(record, "ce_networkid"), record.value());
    }

    /**
     * Refuses an event whose headers name another network or subject than its data says: consumers route by the
     * headers, and an event must not be filed under one network while it changes another.
     */
    public void requireHeadersMatch(String dataNetworkId, UUID dataSubject) {
        if (!networkId.equals(dataNetworkId) || !subject.equals(dataSubject.toString())) {
            throw new UnprocessableEventException(
                    "ce_networkid and ce_subject must name the network and the subject of the data");
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new UnprocessableEventException("header " + name + " is missing");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
