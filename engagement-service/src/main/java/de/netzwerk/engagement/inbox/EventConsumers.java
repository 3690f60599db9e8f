package de.netzwerk.engagement.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code partner-events}, {@code meeting-events} and {@code task-events} in batches (one transaction per
 * batch, not per event). A record that cannot be processed goes to {@code engagement-service.<topic>.dlq} with
 * the reason in its headers, and the others go on.
 */
@ApplicationScoped
public class EventConsumers {

    private final EventBatchProcessor processor;
    private final OffsetCommitHold hold;

    EventConsumers(EventBatchProcessor processor, OffsetCommitHold hold) {
        this.processor = processor;
        this.hold = hold;
    }

    @Incoming("partner-events")
    @Blocking(ordered = true)
    public void partnerEvents(ConsumerRecords<String, String> records) {
        process(records);
    }

    @Incoming("meeting-events")
    @Blocking(ordered = true)
    public void meetingEvents(ConsumerRecords<String, String> records) {
        process(records);
    }

    @Incoming("task-events")
    @Blocking(ordered = true)
    public void taskEvents(ConsumerRecords<String, String> records) {
        process(records);
    }

    /** The offsets are acknowledged when this returns: after the batch's transaction has committed. */
    private void process(ConsumerRecords<String, String> records) {
        processor.process(list(records));
        hold.afterCommit(records.count());
    }

    private static List<ConsumerRecord<String, String>> list(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list;
    }
}
