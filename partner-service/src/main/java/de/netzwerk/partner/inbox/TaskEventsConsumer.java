package de.netzwerk.partner.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code task-events} for task-service's confirmations of erasures only; every other type is skipped and
 * counted. An event that fails here is sent to {@code partner-service.task-events.dlq} with the reason in its
 * headers, and the next one is read.
 */
@ApplicationScoped
public class TaskEventsConsumer {

    private final RecordIntake intake;

    TaskEventsConsumer(RecordIntake intake) {
        this.intake = intake;
    }

    @Incoming("task-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.take(record);
    }
}
