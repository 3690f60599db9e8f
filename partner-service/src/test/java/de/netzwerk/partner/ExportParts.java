package de.netzwerk.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Object mother: publishes what meeting-, task- and engagement-service publish on {@code personal-data-exports} in
 * answer to an export request — {@code personal-data-exported.v1}, built from each producer's own example in the
 * neighbouring module with the ids of the test's export — as CloudEvents in binary mode keyed by the export.
 */
public final class ExportParts implements AutoCloseable {

    public static final String TOPIC = "personal-data-exports";

    private final KafkaProducer<String, String> kafka;
    private final ObjectMapper json = new ObjectMapper();

    public ExportParts(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.kafka = new KafkaProducer<>(properties);
    }

    /** Where {@code producer} ({@code meeting}, {@code task}, {@code engagement}) keeps its event schemas and examples. */
    public static Path asyncapi(String producer) {
        return Path.of("..", producer + "-service", "src", "main", "resources", "asyncapi");
    }

    /**
     * {@code producer}'s example of its part, made the answer to this export: the producer's own example where it has
     * one, else (a producer still building its part) the envelope around an empty part.
     */
    public ObjectNode data(String producer, String network, String partner, String export) {
        Path example = asyncapi(producer).resolve("examples/personal-data-exported.v1.json");
        ObjectNode data;
        try {
            data = Files.exists(example) ? (ObjectNode) json.readTree(Files.readString(example)) : json.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        data.put("networkId", network);
        data.put("partnerId", partner);
        data.put("exportId", export);
        data.put("service", producer + "-service");
        data.put("exportedAt", OffsetDateTime.now().toString());
        if (!data.has("part")) {
            data.putObject("part").put("erased", false);
        }
        return data;
    }

    /** Publishes {@code producer}'s part of the export; answers the event's {@code ce_id}. */
    public UUID answer(String producer, String network, String partner, String export) {
        return send(producer, UUID.randomUUID(), network, partner, export, data(producer, network, partner, export).toString());
    }

    /** Any data under any headers, with a chosen {@code ce_id}: for redeliveries and events that must be refused. */
    public UUID send(String producer, UUID eventId, String network, String partner, String export, String data) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId.toString());
        headers.put("ce_type", "de.netzwerk." + producer + ".personal-data-exported.v1");
        headers.put("ce_source", "/netzwerk/" + producer + "-service");
        headers.put("ce_time", OffsetDateTime.now().toString());
        headers.put("ce_subject", partner);
        headers.put("ce_networkid", network);
        headers.put("content-type", "application/json");
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, export, data);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            kafka.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish the test event", e);
        }
        return eventId;
    }

    @Override
    public void close() {
        kafka.close();
    }
}
