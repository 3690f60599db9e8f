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

    private final EventDispatcher dispatcher;
    private final PatientProcessing processing;

    PersonalDataExportsConsumer(EventDispatcher dispatcher, PatientProcessing processing) {
        this.dispatcher = dispatcher;
        this.processing = processing;
    }

    @Incoming("personal-data-exports")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        processing.run(event, () -> dispatcher.dispatch(event));
    }
}
