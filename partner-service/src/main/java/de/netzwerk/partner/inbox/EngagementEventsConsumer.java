package de.netzwerk.partner.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code engagement-events} (the contacts made in alert follow-up, for the contact log; engagement-service's
 * confirmations of erasures). An event that fails here is sent to {@code partner-service.engagement-events.dlq} with
 * the reason in its headers, and the next one is read.
 */
@ApplicationScoped
public class EngagementEventsConsumer {

    private final RecordIntake intake;

    EngagementEventsConsumer(RecordIntake intake) {
        this.intake = intake;
    }

    @Incoming("engagement-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.take(record);
    }
}
