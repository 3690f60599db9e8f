package de.netzwerk.partner.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The migration that announces the groups and goals created before group-created and goal-created existed writes
 * events their consumers can read: schema-valid, keyed by the group or goal, in the right network. The test writes
 * a group and a goal as the earlier version did (without an event) and runs the migration's script again; that
 * announces the other tests' groups and goals a second time too, which at-least-once consumers must take anyway.
 */
@QuarkusTest
class ExistingGroupsAndGoalsAnnouncedTest {

    private static final String SCRIPT = "db/migration/V8__announce_existing_groups_and_goals.sql";

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void groupsAndGoalsOfTheEarlierVersionAreAnnouncedWithSchemaValidEvents() throws Exception {
        String network = Partners.network();
        UUID group = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        OffsetDateTime createdAt = OffsetDateTime.parse("2025-03-01T09:30:00.123456+01:00");
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, """
                    insert into partner_group (id, network_id, kind, name, created_at, version)
                    values (?, ?, 'STEERING', 'Steuerungsgruppe', ?, 0)""", group, network, createdAt);
            insert(connection, """
                    insert into strategic_goal (id, network_id, title, category, priority, created_at, version)
                    values (?, ?, 'Arbeit für alle', 'JOINT_PROJECTS', 1, ?, 0)""", goal, network, createdAt);
            try (Statement statement = connection.createStatement()) {
                statement.execute(script());
            }
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            ConsumerRecord<String, String> groupCreated = last(reader, group);
            ConsumerRecord<String, String> goalCreated = last(reader, goal);

            assertAnnounced(groupCreated, "group-created.v1", network);
            assertAnnounced(goalCreated, "goal-created.v1", network);
            JsonNode groupPayload = json.readTree(groupCreated.value());
            assertEquals("STEERING", groupPayload.get("groupKind").asText());
            assertEquals(group.toString(), groupPayload.get("groupId").asText());
            assertEquals(createdAt.toInstant(), OffsetDateTime.parse(groupPayload.get("createdAt").asText()).toInstant());
            assertEquals(goal.toString(), json.readTree(goalCreated.value()).get("goalId").asText());
        }
    }

    private void assertAnnounced(ConsumerRecord<String, String> record, String eventType, String network) throws IOException {
        assertEquals("de.netzwerk.partner." + eventType, TopicReader.header(record, "ce_type"));
        assertEquals(record.key(), TopicReader.header(record, "ce_subject"));
        assertEquals(network, TopicReader.header(record, "ce_networkid"));
        assertEquals(Set.of(), EventSchemas.violations(eventType, json.readTree(record.value())), eventType);
    }

    private static ConsumerRecord<String, String> last(TopicReader reader, UUID key) {
        return reader.readUntil(record -> key.toString().equals(record.key()), Duration.ofSeconds(30)).stream()
                .filter(record -> key.toString().equals(record.key())).reduce((first, second) -> second).orElseThrow();
    }

    private static void insert(Connection connection, String sql, UUID id, String network, OffsetDateTime createdAt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.setString(2, network);
            statement.setObject(3, createdAt);
            statement.executeUpdate();
        }
    }

    private static String script() throws IOException {
        try (InputStream in = EventSchemas.resource(SCRIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
