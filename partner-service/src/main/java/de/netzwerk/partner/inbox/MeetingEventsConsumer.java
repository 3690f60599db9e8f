package de.netzwerk.partner.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code meeting-events} for meeting-service's confirmations of erasures and for which meetings exist
 * ({@code scheduled.v1}, for exchange entries posted at a meeting); every other type is skipped and counted. An event that fails here is sent to {@code partner-service.meeting-events.dlq} with the reason in its
 * headers, and the next one is read.
 */
@ApplicationScoped
public class MeetingEventsConsumer {

    private final RecordIntake intake;

    MeetingEventsConsumer(RecordIntake intake) {
        this.intake = intake;
    }

    @Incoming("meeting-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.take(record);
    }
}
