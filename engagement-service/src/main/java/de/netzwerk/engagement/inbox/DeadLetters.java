package de.netzwerk.engagement.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Sends records that can never be processed to {@code engagement-service.<topic>.dlq}, with their headers and
 * the reason in {@code dead-letter-reason}. The batch they came in is committed only once the broker has them.
 * Each is counted ({@code netzwerk_events_dead_lettered_total} by topic, as in the other services) for operators.
 */
@ApplicationScoped
public class DeadLetters {

    /** Well below what the channel asks for at once (the emitter's buffer, 128 by default). */
    private static final int IN_FLIGHT = 100;

    private final MutinyEmitter<String> emitter;
    private final MeterRegistry metrics;

    DeadLetters(@Channel("dead-letters") MutinyEmitter<String> emitter, MeterRegistry metrics) {
        this.emitter = emitter;
        this.metrics = metrics;
    }

    public record DeadLetter(ConsumerRecord<String, String> record, String reason) {
    }

    public static String topicFor(String topic) {
        return "engagement-service." + topic + ".dlq";
    }

    public void send(List<DeadLetter> deadLetters) {
        if (deadLetters.isEmpty()) {
            return;
        }
        // At most IN_FLIGHT at a time: the emitter refuses a message its channel has not asked for (SRMSG00034),
        // and a batch of 2,000 refused events sent at once broke the consumer instead of dead-lettering them.
        for (int from = 0; from < deadLetters.size(); from += IN_FLIGHT) {
            List<Uni<Void>> sent = deadLetters.subList(from, Math.min(deadLetters.size(), from + IN_FLIGHT)).stream()
                    .map(this::send).toList();
            Uni.join().all(sent).andFailFast().await().atMost(Duration.ofMinutes(5));
        }
        deadLetters.forEach(deadLetter -> metrics.counter("netzwerk.events.dead.lettered",
                "topic", deadLetter.record().topic()).increment());
    }

    private Uni<Void> send(DeadLetter deadLetter) {
        ConsumerRecord<String, String> record = deadLetter.record();
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        headers.add("dead-letter-reason", deadLetter.reason().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        return emitter.sendMessage(Message.of(record.value() == null ? "" : record.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topicFor(record.topic()))
                .withKey(record.key())
                .withHeaders(headers)
                .build()));
    }
}
