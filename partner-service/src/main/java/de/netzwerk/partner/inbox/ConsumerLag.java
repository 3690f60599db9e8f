package de.netzwerk.partner.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How far each consumer group of this service is behind, for operators ({@code /q/metrics}):
 * {@code netzwerk_consumer_lag_events{group, topic, partition}}, the records of a partition after the group's
 * committed offset (after the partition's start while the group has committed none) — what a restarted consumer
 * would still have to process, and what {@code kafka-consumer-groups --describe} shows as LAG.
 * <p>
 * Not the Kafka client's {@code kafka_consumer_fetch_manager_records_lag}, which is exported too: it counts from the
 * fetch position, not from what was processed. The connector fetches ahead while a batch is processed, so that
 * metric reads 0 while a consumer is stuck on a batch with records waiting in memory behind it, and it exists only
 * for the partitions an instance holds, appearing up to a minute after they are assigned.
 * <p>
 * Asked of the broker every {@code netzwerk.consumer-lag.every}, not on each scrape. Every replica reports the same
 * group-wide numbers: aggregate with {@code max by (group, topic, partition)}. While the broker cannot be asked, the
 * last numbers stay; {@link BrokerHealth} tells of the outage.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final long PATIENCE_MS = BrokerAdmin.PATIENCE.toMillis();

    private final BrokerAdmin broker;
    private final MeterRegistry metrics;
    private final Map<String, Set<String>> topicsByGroup;
    private final Map<String, Map<TopicPartition, AtomicLong>> lagsByGroup = new ConcurrentHashMap<>();

    ConsumerLag(BrokerAdmin broker, Config config, MeterRegistry metrics) {
        this.broker = broker;
        this.metrics = metrics;
        this.topicsByGroup = consumedTopicsByGroup(config);
    }

    /** The topics of every Kafka channel this service reads, by the consumer group it reads them in. */
    private static Map<String, Set<String>> consumedTopicsByGroup(Config config) {
        Map<String, Set<String>> topics = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher channel = INCOMING_TOPIC.matcher(name);
            if (!channel.matches()) {
                continue;
            }
            String prefix = "mp.messaging.incoming." + channel.group(1) + ".";
            if (!"smallrye-kafka".equals(config.getOptionalValue(prefix + "connector", String.class).orElse(""))) {
                continue;
            }
            String group = config.getOptionalValue(prefix + "group.id", String.class)
                    .or(() -> config.getOptionalValue("kafka.group.id", String.class))
                    .orElseGet(() -> config.getValue("quarkus.application.name", String.class));
            topics.computeIfAbsent(group, g -> new TreeSet<>()).add(config.getValue(name, String.class));
        }
        return topics;
    }

    @Scheduled(every = "${netzwerk.consumer-lag.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        topicsByGroup.forEach((group, topics) -> {
            try {
                measure(group, topics);
            } catch (Exception e) {
                LOG.debugf("Lag of consumer group %s not measured: %s", group, e.getMessage());
            }
        });
    }

    private void measure(String group, Set<String> topics) throws Exception {
        Set<TopicPartition> partitions = partitionsOf(topics);
        Map<TopicPartition, OffsetAndMetadata> committed = broker.client().listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(PATIENCE_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(partitions, OffsetSpec.latest());
        Set<TopicPartition> uncommitted = partitions.stream()
                .filter(partition -> committed.get(partition) == null).collect(Collectors.toSet());
        Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(uncommitted, OffsetSpec.earliest());
        for (TopicPartition partition : partitions) {
            long consumedUpTo = uncommitted.contains(partition)
                    ? starts.get(partition).offset()
                    : committed.get(partition).offset();
            gauge(group, partition).set(Math.max(0, ends.get(partition).offset() - consumedUpTo));
        }
    }

    /** The partitions of the topics that exist; one not created yet has no lag to show. */
    private Set<TopicPartition> partitionsOf(Set<String> topics) throws Exception {
        Set<TopicPartition> partitions = new HashSet<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> topic
                : broker.client().describeTopics(topics).topicNameValues().entrySet()) {
            try {
                topic.getValue().get(PATIENCE_MS, TimeUnit.MILLISECONDS).partitions()
                        .forEach(partition -> partitions.add(new TopicPartition(topic.getKey(), partition.partition())));
            } catch (ExecutionException e) {
                LOG.debugf("Topic %s not described: %s", topic.getKey(), e.getCause().getMessage());
            }
        }
        return partitions;
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        return broker.client().listOffsets(partitions.stream().collect(Collectors.toMap(partition -> partition, p -> spec)))
                .all().get(PATIENCE_MS, TimeUnit.MILLISECONDS);
    }

    private AtomicLong gauge(String group, TopicPartition partition) {
        return lagsByGroup.computeIfAbsent(group, g -> new ConcurrentHashMap<>()).computeIfAbsent(partition, p -> {
            AtomicLong lag = new AtomicLong();
            Gauge.builder("netzwerk.consumer.lag.events", lag, AtomicLong::get)
                    .description("Records of a partition after the consumer group's committed offset")
                    .tags("group", group, "topic", p.topic(), "partition", Integer.toString(p.partition()))
                    .strongReference(true)
                    .register(metrics);
            return lag;
        });
    }
}
