package de.netzwerk.partner.inbox;

import de.netzwerk.partner.position.ConsumedPositions;
import de.netzwerk.partner.position.Offset;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * Takes one record from a consumer: reads it as an event, dispatches it patiently, and records its offset as passed
 * — in the transaction of its effect, or, for a record that goes to the dead-letter topic, on its own (nothing here
 * depends on it). So a client waiting for a position ({@code Netzwerk-Read-After}) is never held up by a bad event.
 * Each record sent to the dead-letter topic is counted ({@code netzwerk_events_dead_lettered_total} by topic): an
 * operator alerts on it, since a valid event there is a change some consumer does not know.
 */
@ApplicationScoped
public class RecordIntake {

    private final EventDispatcher dispatcher;
    private final PatientProcessing processing;
    private final ConsumedPositions positions;
    private final MeterRegistry metrics;

    RecordIntake(EventDispatcher dispatcher, PatientProcessing processing, ConsumedPositions positions,
            MeterRegistry metrics) {
        this.dispatcher = dispatcher;
        this.processing = processing;
        this.positions = positions;
        this.metrics = metrics;
    }

    /** @throws UnprocessableEventException for a record that belongs on the dead-letter topic */
    public void take(ConsumerRecord<String, String> record) {
        Offset at = Offset.of(record);
        try {
            IncomingEvent event = IncomingEvent.from(record);
            processing.run(event, () -> dispatcher.dispatch(event, at));
        } catch (UnprocessableEventException e) {
            // Counted first: the record goes to the dead-letter topic even if its position cannot be written now.
            metrics.counter("netzwerk.events.dead.lettered", "topic", record.topic()).increment();
            positions.passedAlone(List.of(at));
            throw e;
        }
    }
}
