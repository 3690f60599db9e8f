package de.netzwerk.task.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code partner-events}. An event that fails here is sent to the dead-letter topic
 * {@code task-service.partner-events.dlq} with the reason in its headers, and the next one is read.
 */
@ApplicationScoped
public class PartnerEventsConsumer {

    private final RecordIntake intake;

    PartnerEventsConsumer(RecordIntake intake) {
        this.intake = intake;
    }

    @Incoming("partner-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.take(record);
    }
}
