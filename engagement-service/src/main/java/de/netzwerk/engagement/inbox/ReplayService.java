package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.event.ConsumedEvent;
import de.netzwerk.engagement.repository.AssessmentQueue;
import de.netzwerk.engagement.repository.ReplayLock;
import de.netzwerk.engagement.repository.facts.FactReset;
import de.netzwerk.engagement.service.FactsApplied;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds the engagement state from the topics, an inbound adapter beside the live consumers: forgets every fact and event id, reads partner-, meeting- and
 * task-events from their beginning to their current end through the same readers and fact statements as live
 * processing, then assesses every partner once (but those who objected to scoring). Live events wait meanwhile (see
 * {@link ReplayLock}) and are applied after it, skipped where the replay already applied them. Policies, pauses,
 * objections to scoring and alerts with their follow-up are this service's own records and stay; an open alert gains
 * evidence the replay finds, and a band change is published only where the rebuilt band differs from the stored one.
 * Which network each partner, group, meeting, task and goal belongs to stays too, so the replay refuses exactly the
 * events live processing refused.
 *
 * <p>Topics keep their events for a limited time (deploy/k8s/base/topics.yaml). Once a topic has dropped its oldest
 * events, the facts stored from them cannot be read again: the fact store is then the snapshot the replay builds on.
 * It keeps every fact, forgets only which events were applied, and applies the events the topics still hold over
 * it, through the same upserts as live processing, so each fact ends as the latest event about it left it. A fact
 * only the expired events knew stays as it was stored.
 */
@ApplicationScoped
public class ReplayService {

    private static final Logger LOG = Logger.getLogger(ReplayService.class);
    static final List<String> TOPICS = List.of("partner-events", "meeting-events", "task-events");

    private final AgroalDataSource dataSource;
    private final FactReset reset;
    private final AssessmentQueue queue;
    private final BatchIngest ingest;
    private final EventReaders readers;
    private final Event<FactsApplied> applied;
    private final String bootstrapServers;
    private final int batchSize;

    ReplayService(AgroalDataSource dataSource, FactReset reset, AssessmentQueue queue, BatchIngest ingest,
            EventReaders readers, Event<FactsApplied> applied,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "netzwerk.engagement.batch-size") int batchSize) {
        this.dataSource = dataSource;
        this.reset = reset;
        this.queue = queue;
        this.ingest = ingest;
        this.readers = readers;
        this.applied = applied;
        this.bootstrapServers = bootstrapServers;
        this.batchSize = batchSize;
    }

    /**
     * What the replay did. {@code rebuiltFrom} is {@code BEGINNING} when every topic still held its first event and
     * the facts were rebuilt from nothing, {@code STORED_FACTS} when a topic had dropped expired events and the
     * retained ones were applied over the stored facts.
     */
    public record Result(@Schema(required = true) long records, @Schema(required = true) long applied,
            @Schema(required = true) long skipped, @Schema(required = true) long unprocessable,
            @Schema(required = true) int partnersQueued,
            @Schema(required = true) long durationMillis, @Schema(required = true) RebuiltFrom rebuiltFrom) {
    }

    public enum RebuiltFrom {
        BEGINNING, STORED_FACTS
    }

    public synchronized Result replay() {
        long started = System.nanoTime();
        try (Connection lock = dataSource.getConnection();
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            ReplayLock.acquireExclusive(lock);
            try {
                List<TopicPartition> partitions = assignAll(consumer);
                RebuiltFrom from = anyExpired(consumer, partitions) ? RebuiltFrom.STORED_FACTS : RebuiltFrom.BEGINNING;
                QuarkusTransaction.requiringNew().run(() -> call(from == RebuiltFrom.BEGINNING
                        ? reset::forgetFactsAndEvents : reset::forgetAppliedEvents));
                Counts counts = readAll(consumer, partitions);
                int queued = QuarkusTransaction.requiringNew().call(queue::queueEveryKnownPartner);
                long millis = (System.nanoTime() - started) / 1_000_000;
                LOG.infof("Replay from %s read %d records (%d applied, %d skipped, %d unprocessable) in %d ms; "
                        + "%d partners queued", from, counts.records, counts.applied, counts.skipped,
                        counts.unprocessable, millis, queued);
                return new Result(counts.records, counts.applied, counts.skipped, counts.unprocessable, queued, millis,
                        from);
            } finally {
                ReplayLock.release(lock);
                // Every partner is queued, and live batches held back meanwhile may be waiting to be assessed.
                applied.fire(new FactsApplied(Set.of()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The replay could not hold its lock: " + e.getMessage(), e);
        }
    }

    private static final class Counts {
        long records;
        long applied;
        long skipped;
        long unprocessable;

        void add(BatchIngest.Outcome written) {
            if (written != null) {
                applied += written.applied();
                unprocessable += written.refused().size();
            }
        }
    }

    /**
     * Reads and decodes the next batch while the previous one is written: the JSON work and the database work
     * overlap.
     */
    private static List<TopicPartition> assignAll(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            Optional.ofNullable(consumer.partitionsFor(topic, Duration.ofSeconds(30))).orElse(List.of())
                    .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        consumer.assign(partitions);
        return partitions;
    }

    /** A partition whose first offset is above 0 has dropped events: by retention, or deleted by an operator. */
    private static boolean anyExpired(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        return consumer.beginningOffsets(partitions).values().stream().anyMatch(first -> first > 0);
    }

    private Counts readAll(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        Counts counts = new Counts();
        CompletableFuture<BatchIngest.Outcome> writing = CompletableFuture.completedFuture(null);
        try (ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("replay-writer").factory())) {
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(1));
                List<BatchIngest.Decoded> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : records) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    counts.records++;
                    try {
                        IncomingEvent event = IncomingEvent.from(record);
                        Optional<ConsumedEvent> data = readers.read(event);
                        if (data.isPresent()) {
                            batch.add(new BatchIngest.Decoded(event.id(), event.type(), data.get()));
                        } else {
                            counts.skipped++;
                        }
                    } catch (UnprocessableEventException e) {
                        // Live processing sent it to the dead-letter topic already, as it did the events refused below.
                        counts.unprocessable++;
                    }
                }
                if (!batch.isEmpty()) {
                    counts.add(writing.join());
                    writing = CompletableFuture.supplyAsync(() -> ingest.applyReplayed(batch), writer);
                }
            }
            counts.add(writing.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return counts;
    }

    private Properties consumerProperties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(batchSize));
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return properties;
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void call(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

