package de.netzwerk.partner.inbox;

import de.netzwerk.partner.position.ConsumedPositions;
import de.netzwerk.partner.position.Offset;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * Takes one record from a consumer: reads it as an event, dispatches it patiently, and records its offset as passed
 * — in the transaction of its effect, or, for a record that goes to the dead-letter topic, on its own (nothing here
 * depends on it). So a client waiting for a position ({@code Netzwerk-Read-After}) is never held up by a bad event.
 */
@ApplicationScoped
public class RecordIntake {

    private final EventDispatcher dispatcher;
    private final PatientProcessing processing;
    private final ConsumedPositions positions;

    RecordIntake(EventDispatcher dispatcher, PatientProcessing processing, ConsumedPositions positions) {
        this.dispatcher = dispatcher;
        this.processing = processing;
        this.positions = positions;
    }

    /** @throws UnprocessableEventException for a record that belongs on the dead-letter topic */
    public void take(ConsumerRecord<String, String> record) {
        Offset at = Offset.of(record);
        try {
            IncomingEvent event = IncomingEvent.from(record);
            processing.run(event, () -> dispatcher.dispatch(event, at));
        } catch (UnprocessableEventException e) {
            positions.passedAlone(List.of(at));
            throw e;
        }
    }
}
