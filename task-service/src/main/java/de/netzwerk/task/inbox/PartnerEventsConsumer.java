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

    private final EventDispatcher dispatcher;
    private final PatientProcessing processing;

    PartnerEventsConsumer(EventDispatcher dispatcher, PatientProcessing processing) {
        this.dispatcher = dispatcher;
        this.processing = processing;
    }

    @Incoming("partner-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        processing.run(event, () -> dispatcher.dispatch(event));
    }
}
