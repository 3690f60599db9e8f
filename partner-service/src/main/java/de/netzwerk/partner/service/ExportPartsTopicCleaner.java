package de.netzwerk.partner.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A part of a personal-data export carries everything a service holds about a person. Once partner-service has read
 * it — kept on its export, dropped, or dead-lettered — it has no reason to wait on {@code personal-data-exports} for the
 * topic's hour of retention: this job deletes every record below the offsets partner-service's consumer group has
 * committed there. So the parts live on the topic for seconds, and an erasure right after an export leaves nothing of
 * the person on it. Runs every {@code netzwerk.personal-data-export.topic-cleaning.every} on every instance: deleting
 * below an offset already deleted changes nothing.
 */
@ApplicationScoped
public class ExportPartsTopicCleaner {

    private static final Logger LOG = Logger.getLogger(ExportPartsTopicCleaner.class);
    static final String TOPIC = "personal-data-exports";
    /** The consumer group of the incoming channel personal-data-exports (application.properties). */
    static final String GROUP = "partner-service";

    private final Admin admin;
    private volatile boolean stopping;

    ExportPartsTopicCleaner(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "partner-service-export-parts-cleaner"));
    }

    @Scheduled(identity = "personal-data-export-parts", every = "${netzwerk.personal-data-export.topic-cleaning.every}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (stopping) {
            return;
        }
        try {
            deleteRead();
        } catch (ExecutionException | TimeoutException e) {
            // Kafka unreachable, or the topic not there yet: the next run deletes what this one could not.
            LOG.debugf("Could not delete the export parts read so far: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes the records partner-service has read; returns how many partitions had any below the group's offset. */
    public int deleteRead() throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, RecordsToDelete> read = committed.entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(TOPIC) && entry.getValue() != null
                        && entry.getValue().offset() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey,
                        entry -> RecordsToDelete.beforeOffset(entry.getValue().offset())));
        if (!read.isEmpty()) {
            admin.deleteRecords(read).all().get(30, TimeUnit.SECONDS);
        }
        return read.size();
    }

    /** The scheduler may fire once more while the application shuts down. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
