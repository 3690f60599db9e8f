package de.netzwerk.infra.deadletters;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One record on a dead-letter topic {@code <consumer>.<topic>.dlq}: the event as it came from {@code <topic>} (key,
 * value, CloudEvents headers) with the consumer's {@code dead-letter-*} headers added — the SmallRye connector's in
 * meeting-, task- and partner-service, engagement-service's own (inbox/DeadLetters); both name the reason and the
 * topic the record came from.
 */
public record DeadLetter(ConsumerRecord<String, String> record) {

    public static final String SUFFIX = ".dlq";
    private static final String DEAD_LETTER_HEADERS = "dead-letter-";

    public String topic() {
        return record.topic();
    }

    /** Where it is on its dead-letter topic: {@code partition:offset}. */
    public String position() {
        return record.partition() + ":" + record.offset();
    }

    /** When the consumer gave up on it. */
    public Instant deadLetteredAt() {
        return Instant.ofEpochMilli(record.timestamp());
    }

    /** {@code ce_id}; null for a record that had none (it cannot be re-sent by its id). */
    public String eventId() {
        return header("ce_id");
    }

    public String eventType() {
        return header("ce_type");
    }

    public String network() {
        return header("ce_networkid");
    }

    public String reason() {
        return header("dead-letter-reason");
    }

    /** The topic it came from: the header {@code dead-letter-topic}, else the dead-letter topic's name says it. */
    public String originalTopic() {
        String named = header("dead-letter-topic");
        if (named != null) {
            return named;
        }
        String withoutSuffix = topic().substring(0, topic().length() - SUFFIX.length());
        return withoutSuffix.substring(withoutSuffix.indexOf('.') + 1);
    }

    /** The event as it was: same key, value and headers on the topic it came from, without the dead-letter headers. */
    public ProducerRecord<String, String> asSentOriginally() {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                headers.add(header);
            }
        }
        return new ProducerRecord<>(originalTopic(), null, record.key(), record.value(), headers);
    }

    private String header(String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
