package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.event.ConsumedEvent;
import de.netzwerk.engagement.position.ConsumedPositions;
import de.netzwerk.engagement.position.Offset;
import de.netzwerk.engagement.service.EventBacklog;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Processes one batch of records from a topic: reads each (what cannot be read goes to the dead-letter topic,
 * types nothing here uses are skipped and counted) and applies the rest in one transaction, which announces the
 * partners to assess (see {@link BatchIngest}); a batch that comes full tells of a backlog ({@link EventBacklog}).
 * An event naming a partner, group, meeting, task or goal of another network than its own goes to the dead-letter
 * topic too, and the rest of the batch is applied. If the batch keeps failing, its events are tried one by one, so
 * that one bad event cannot hold up the others. Once the batch is handled, the consumed position is past all its
 * records (in the transaction of its facts when it is applied whole).
 */
@ApplicationScoped
public class EventBatchProcessor {

    private static final Logger LOG = Logger.getLogger(EventBatchProcessor.class);

    private final EventReaders readers;
    private final BatchIngest ingest;
    private final PatientProcessing patience;
    private final DeadLetters deadLetters;
    private final Event<EventBacklog> backlog;
    private final MeterRegistry metrics;
    private final ConsumedPositions positions;
    private final int batchSize;

    EventBatchProcessor(EventReaders readers, BatchIngest ingest, PatientProcessing patience, DeadLetters deadLetters,
            Event<EventBacklog> backlog, MeterRegistry metrics, ConsumedPositions positions,
            @ConfigProperty(name = "netzwerk.engagement.batch-size") int batchSize) {
        this.batchSize = batchSize;
        this.readers = readers;
        this.ingest = ingest;
        this.patience = patience;
        this.deadLetters = deadLetters;
        this.backlog = backlog;
        this.metrics = metrics;
        this.positions = positions;
    }

    public void process(List<ConsumerRecord<String, String>> records) {
        metrics.timer("netzwerk.events.batch.duration").record(() -> processTimed(records));
    }

    private void processTimed(List<ConsumerRecord<String, String>> records) {
        metrics.summary("netzwerk.events.batch.records").record(records.size());
        if (records.size() >= batchSize / 2) {
            backlog.fire(new EventBacklog());
        }
        List<DeadLetters.DeadLetter> dead = new ArrayList<>();
        List<BatchIngest.Decoded> decoded = new ArrayList<>();
        Map<BatchIngest.Decoded, ConsumerRecord<String, String>> sources = new IdentityHashMap<>();
        List<Offset> offsets = records.stream().map(Offset::of).toList();
        boolean positionRecorded = false;
        for (ConsumerRecord<String, String> record : records) {
            try {
                IncomingEvent event = IncomingEvent.from(record);
                Optional<ConsumedEvent> data = readers.read(event);
                if (data.isEmpty()) {
                    LOG.debugf("Skipping event %s of type %s: nothing here depends on it", event.id(), event.type());
                    metrics.counter("netzwerk.events.skipped", "type", event.type()).increment();
                    continue;
                }
                BatchIngest.Decoded read = new BatchIngest.Decoded(event.id(), event.type(), data.get());
                decoded.add(read);
                sources.put(read, record);
            } catch (UnprocessableEventException e) {
                dead.add(new DeadLetters.DeadLetter(record, e.getMessage()));
            }
        }
        if (!decoded.isEmpty()) {
            try {
                List<BatchIngest.Outcome> applied = new ArrayList<>(1);
                patience.run("A batch of " + decoded.size() + " events", () -> metrics.timer("netzwerk.events.batch.apply")
                        .record(() -> applied.add(ingest.applyLive(decoded, offsets))));
                positionRecorded = true;
                count(applied.getFirst(), decoded);
                applied.getFirst().refused().forEach(refused ->
                        dead.add(new DeadLetters.DeadLetter(sources.get(refused.event()), refused.reason())));
            } catch (UnprocessableEventException batchFailed) {
                LOG.warnf("A batch of %d events keeps failing; applying them one by one", decoded.size());
                for (BatchIngest.Decoded event : decoded) {
                    try {
                        BatchIngest.Outcome outcome = ingest.applyLive(List.of(event), List.of());
                        count(outcome, List.of(event));
                        outcome.refused().forEach(refused ->
                                dead.add(new DeadLetters.DeadLetter(sources.get(event), refused.reason())));
                    } catch (RuntimeException e) {
                        dead.add(new DeadLetters.DeadLetter(sources.get(event), "processing failed: " + e.getMessage()));
                    }
                }
            }
        }
        deadLetters.send(dead);
        if (!positionRecorded) {
            // A batch of events nothing here reads is valid: waiting out a database outage keeps it off the
            // dead-letter topic, where the connector would put it if recording its position failed.
            patience.run("Recording the position past " + records.size() + " records",
                    () -> positions.passedAlone(offsets));
        }
        dead.forEach(letter -> LOG.warnf("Sent a record of %s to the dead-letter topic: %s", letter.record().topic(),
                letter.reason()));
    }

    /**
     * Counted per type and batch, not per event: looking up a counter costs more than adding to it. A refused event
     * is not processed: it is counted with the dead letters it joins.
     */
    private void count(BatchIngest.Outcome outcome, List<BatchIngest.Decoded> events) {
        Set<BatchIngest.Decoded> refused = Collections.newSetFromMap(new IdentityHashMap<>());
        outcome.refused().forEach(event -> refused.add(event.event()));
        events.stream().filter(event -> !refused.contains(event))
                .collect(Collectors.groupingBy(BatchIngest.Decoded::type, Collectors.counting()))
                .forEach((type, count) -> metrics.counter("netzwerk.events.processed", "type", type).increment(count));
        outcome.duplicates().stream().collect(Collectors.groupingBy(BatchIngest.Decoded::type, Collectors.counting()))
                .forEach((type, count) -> metrics.counter("netzwerk.events.duplicates", "type", type).increment(count));
    }
}
