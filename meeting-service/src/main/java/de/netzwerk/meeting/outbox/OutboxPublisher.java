package de.netzwerk.meeting.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes one batch of committed outbox events as CloudEvents (binary mode) and deletes them once the broker has
 * acknowledged every one. While the broker is away the batch waits in the producer, which never drops a record (so
 * a partner's events cannot overtake each other); if anything fails, nothing is deleted and the events stay for the
 * next round. Delivery is at least once: consumers skip what they have seen by {@code ce_id}.
 *
 * <p>The round holds no database transaction or pooled connection while it waits for the broker, which may take
 * minutes: the batch is read in one short transaction and journaled and deleted in another
 * ({@link OutboxBatches}). Only the instance that {@link RelayLeadership leads} publishes, and within it one round
 * at a time.
 */
@ApplicationScoped
public class OutboxPublisher {

    private final RelayLeadership leadership;
    private final OutboxBatches batches;
    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;

    private volatile boolean abandoning;
    private volatile CompletableFuture<?> awaiting;

    OutboxPublisher(RelayLeadership leadership, OutboxBatches batches, @Channel("outbox") MutinyEmitter<String> emitter,
            OutboxConfig config) {
        this.leadership = leadership;
        this.batches = batches;
        this.emitter = emitter;
        this.config = config;
    }

    /** Publishes the oldest pending events; returns how many, 0 if none or another instance is publishing. */
    public synchronized int publishPending() {
        if (abandoning || !leadership.lead()) {
            return 0;
        }
        List<Journal.Delivery> batch = batches.oldest();
        if (batch.isEmpty()) {
            return 0;
        }
        awaitAcknowledgements(batch);
        batches.acknowledge(batch);
        return batch.size();
    }

    /**
     * On shutdown: a round waiting for the broker gives up (its events stay in the outbox for whichever instance
     * publishes next), a round deleting what was acknowledged finishes, and no round starts.
     */
    void abandon() {
        abandoning = true;
        CompletableFuture<?> waiting = awaiting;
        if (waiting != null) {
            waiting.cancel(false);
        }
    }

    /** Whether a round is waiting for the broker's acknowledgements now. */
    boolean awaitingAcknowledgements() {
        CompletableFuture<?> waiting = awaiting;
        return waiting != null && !waiting.isDone();
    }

    private void awaitAcknowledgements(List<Journal.Delivery> batch) {
        List<Uni<Void>> acknowledgements = batch.stream().map(delivery -> emitter.sendMessage(toMessage(delivery))).toList();
        CompletableFuture<?> all = Uni.join().all(acknowledgements).andFailFast().subscribeAsCompletionStage();
        awaiting = all;
        try {
            if (abandoning) {
                all.cancel(false);
            }
            all.get(config.acknowledgementTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker refused a batch of the outbox", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The broker acknowledged no batch of the outbox within "
                    + config.acknowledgementTimeout(), e);
        } catch (CancellationException e) {
            throw new IllegalStateException("The round was abandoned as the service stops", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker", e);
        } finally {
            awaiting = null;
        }
    }

    private static Message<String> toMessage(Journal.Delivery delivery) {
        OutboxEvent event = delivery.event();
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.eventId.toString());
        header(headers, "ce_type", event.eventType);
        header(headers, "ce_source", Outbox.SOURCE);
        header(headers, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.occurredAt));
        header(headers, "ce_subject", delivery.subject());
        header(headers, "ce_networkid", event.networkId);
        header(headers, "content-type", "application/json");
        return Message.of(event.payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.recordKey)
                .withHeaders(headers)
                .build()).addMetadata(delivery.receipt());
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
