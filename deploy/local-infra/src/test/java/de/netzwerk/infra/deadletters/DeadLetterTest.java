package de.netzwerk.infra.deadletters;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DeadLetterTest {

    @Test
    void isReSentAsItWasSentWithItsKeyValueAndEventHeadersButNoneOfTheDeadLetterHeaders() {
        DeadLetter letter = letter("meeting-service.partner-events.dlq", Map.of(
                "ce_id", "5f0c6f7e-0000-4000-8000-000000000001", "ce_type", "de.netzwerk.partner.membership-started.v1",
                "content-type", "application/json", "dead-letter-reason", "processing failed 6 times",
                "dead-letter-topic", "partner-events", "dead-letter-offset", "41"));

        ProducerRecord<String, String> resent = letter.asSentOriginally();

        assertEquals("partner-events", resent.topic());
        assertEquals("the-partner", resent.key());
        assertEquals("{\"networkId\":\"demo\"}", resent.value());
        assertEquals(List.of("ce_id", "ce_type", "content-type"), StreamSupport.stream(resent.headers().spliterator(), false)
                .map(Header::key).sorted().toList());
        assertArrayEquals("de.netzwerk.partner.membership-started.v1".getBytes(StandardCharsets.UTF_8),
                resent.headers().lastHeader("ce_type").value());
        assertEquals("processing failed 6 times", letter.reason());
    }

    @Test
    void withoutTheHeaderTheTopicItCameFromIsInTheDeadLetterTopicsName() {
        DeadLetter letter = letter("engagement-service.meeting-events.dlq", Map.of("ce_id", "x"));

        assertEquals("meeting-events", letter.originalTopic());
        assertEquals("meeting-events", letter.asSentOriginally().topic());
    }

    private static DeadLetter letter(String topic, Map<String, String> headers) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, value) -> recordHeaders.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new DeadLetter(new ConsumerRecord<>(topic, 0, 7L, 1_765_000_000_000L, TimestampType.CREATE_TIME, 0, 0,
                "the-partner", "{\"networkId\":\"demo\"}", recordHeaders, Optional.empty()));
    }
}
