package de.netzwerk.partner.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code personal-data-exports}: the other services' parts of personal-data exports, added to their export. An
 * event that fails here is sent to {@code partner-service.personal-data-exports.dlq} with the reason in its headers,
 * and the next one is read.
 */
@ApplicationScoped
public class PersonalDataExportsConsumer {

    private final RecordIntake intake;

    PersonalDataExportsConsumer(RecordIntake intake) {
        this.intake = intake;
    }

    @Incoming("personal-data-exports")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.take(record);
    }
}
