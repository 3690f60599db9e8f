package de.netzwerk.task.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The examples task-service documents for its consumers conform to the schemas it documents, and the schemas refuse
 * what they must: files against files, without starting the service. That what it really publishes conforms is
 * {@link TaskEventsContractTest}'s part.
 */
class TaskEventExamplesContractTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = { "task-assigned.v1", "task-reassigned.v1", "task-due-soon.v1", "task-overdue.v1",
            "task-completed.v1", "task-cancelled.v1", "task-reassignment-needed.v1", "task-rescheduled.v1",
            "partner-data-erased.v1", "personal-data-exported.v1" })
    void thePublishedExamplesMatchTheirSchemas(String eventType) throws Exception {
        JsonNode example = json.readTree(EventSchemas.resource("asyncapi/examples/" + eventType + ".json"));

        assertEquals(Set.of(), EventSchemas.violations(eventType, example));
    }

    @Test
    void theSchemaRejectsACompletionWithoutItsOwner() throws Exception {
        ObjectNode example = (ObjectNode) json.readTree(EventSchemas.resource("asyncapi/examples/task-completed.v1.json"));
        example.putNull("partnerId");

        assertTrue(EventSchemas.violations("task-completed.v1", example).stream()
                .anyMatch(violation -> violation.getMessage().contains("partnerId")));
    }
}
