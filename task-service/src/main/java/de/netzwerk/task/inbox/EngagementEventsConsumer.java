package de.netzwerk.task.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code engagement-events} (for the engagement bands that assignee suggestions consider, and when to stop
 * considering one: a partner's objection to scoring). An event that fails here is sent to
 * {@code task-service.engagement-events.dlq} with the reason in its headers.
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
