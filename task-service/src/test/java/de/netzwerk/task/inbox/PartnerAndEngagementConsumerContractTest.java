package de.netzwerk.task.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.fasterxml.jackson.databind.DeserializationFeature;
import de.netzwerk.task.event.BandChanged;
import de.netzwerk.task.event.GoalActorNeedsChanged;
import de.netzwerk.task.event.GoalCreated;
import de.netzwerk.task.event.GroupCreated;
import de.netzwerk.task.event.Membership;
import de.netzwerk.task.event.NetworkSettingsEvent;
import de.netzwerk.task.event.PartnerErased;
import de.netzwerk.task.event.PartnerLeft;
import de.netzwerk.task.event.PartnerProfile;
import de.netzwerk.task.event.PersonalDataExportRequested;
import de.netzwerk.task.event.ScoringStopped;
import de.netzwerk.task.rest.input.StrictJson;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * task-service reads what partner-service and engagement-service promise: the producers' examples (from the
 * neighbouring modules) conform to the producers' schemas, and this service's own records read them. The records
 * are task-service's own: each reads only the fields it uses. They are read by the consumer's own
 * {@link EventPayloads}, with JSON read as the running service reads it (Quarkus's defaults and the service's
 * {@link StrictJson}) and validated by Hibernate Validator, without starting the service.
 */
class PartnerAndEngagementConsumerContractTest {

    private static final Path MODULES = Path.of("..");

    private final ObjectMapper json = quarkusObjectMapper();

    private final EventPayloads payloads = new EventPayloads(json, validator());

    /** As Quarkus produces it: modules found on the class path, unknown properties ignored; then the customizers. */
    private static ObjectMapper quarkusObjectMapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new StrictJson().customize(mapper);
        return mapper;
    }

    /** Quarkus interpolates messages without Jakarta EL; so does this one. */
    private static Validator validator() {
        return Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }

    @ParameterizedTest
    @CsvSource({ "partner-service, partner-registered.v1", "partner-service, partner-updated.v1",
            "partner-service, partner-left.v1", "partner-service, group-created.v1", "partner-service, goal-created.v1",
            "partner-service, membership-started.v1", "partner-service, membership-changed.v1",
            "partner-service, membership-ended.v1", "partner-service, goal-actor-needs-changed.v1",
            "partner-service, partner-erased.v1", "partner-service, personal-data-export-requested.v1",
            "partner-service, network-registered.v1", "partner-service, network-updated.v1",
            "engagement-service, band-changed.v1", "engagement-service, scoring-stopped.v1" })
    void theProducersExamplesConformToTheProducersSchemas(String producer, String eventType) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(asyncapi(producer).resolve("schemas/" + eventType + ".json")), config);

        assertEquals(Set.of(), schema.validate(example(producer, eventType)));
    }

    @Test
    void theRegisteredAndUpdatedExamplesReadIntoThePartnerProfile() throws Exception {
        for (String eventType : List.of("partner-registered.v1", "partner-updated.v1")) {
            ObjectNode example = (ObjectNode) example("partner-service", eventType);
            example.put("addedLater", "ignored");

            PartnerProfile profile = payloads.read(event("partner", eventType, example), PartnerProfile.class);

            assertEquals(UUID.fromString(example.get("partnerId").asText()), profile.partnerId());
            assertEquals(example.get("status").asText(), profile.status());
            assertEquals(example.get("expertise").size(), profile.expertise().size());
            assertEquals(example.path("version").asLong(0), profile.version());
        }
    }

    /** Without the service running, the consumer's records are still checked: a payload lacking what they need fails. */
    @Test
    void anExampleWithoutWhatTheConsumerNeedsIsRefused() throws Exception {
        ObjectNode example = (ObjectNode) example("partner-service", "partner-left.v1");
        IncomingEvent event = event("partner", "partner-left.v1", example);
        example.remove("partnerId");
        IncomingEvent lacking = new IncomingEvent(event.id(), event.type(), event.source(), event.subject(),
                event.networkId(), example.toString());

        UnprocessableEventException refused = assertThrows(UnprocessableEventException.class,
                () -> payloads.read(lacking, PartnerLeft.class));
        assertThat(refused.getMessage(), containsString("partnerId"));
    }

    @Test
    void theLeftExampleReadsIntoPartnerLeft() throws Exception {
        JsonNode example = example("partner-service", "partner-left.v1");

        PartnerLeft left = payloads.read(event("partner", "partner-left.v1", example), PartnerLeft.class);

        assertEquals(UUID.fromString(example.get("partnerId").asText()), left.partnerId());
    }

    @Test
    void theErasedExampleReadsIntoPartnerErased() throws Exception {
        JsonNode example = example("partner-service", "partner-erased.v1");

        PartnerErased erased = payloads.read(event("partner", "partner-erased.v1", example), PartnerErased.class);

        assertEquals(UUID.fromString(example.get("partnerId").asText()), erased.partnerId());
        assertEquals(UUID.fromString(example.get("erasureId").asText()), erased.erasureId());
    }

    @Test
    void theExportRequestedExampleReadsIntoPersonalDataExportRequested() throws Exception {
        JsonNode example = example("partner-service", "personal-data-export-requested.v1");

        PersonalDataExportRequested requested = payloads.read(
                event("partner", "personal-data-export-requested.v1", example), PersonalDataExportRequested.class);

        assertEquals(example.get("networkId").asText(), requested.networkId());
        assertEquals(UUID.fromString(example.get("partnerId").asText()), requested.partnerId());
        assertEquals(UUID.fromString(example.get("exportId").asText()), requested.exportId());
        assertEquals(java.time.OffsetDateTime.parse(example.get("requestedAt").asText()).toInstant(),
                requested.requestedAt().toInstant());
    }

    @Test
    void theBandChangedExampleReadsIntoBandChanged() throws Exception {
        JsonNode example = example("engagement-service", "band-changed.v1");

        BandChanged changed = payloads.read(event("engagement", "band-changed.v1", example), BandChanged.class);

        assertEquals(example.get("band").asText(), changed.band().name());
        assertEquals(example.get("score").asInt(), changed.score());
    }

    @Test
    void theScoringStoppedExampleReadsIntoScoringStopped() throws Exception {
        JsonNode example = example("engagement-service", "scoring-stopped.v1");

        ScoringStopped stopped = payloads.read(event("engagement", "scoring-stopped.v1", example), ScoringStopped.class);

        assertEquals(example.get("networkId").asText(), stopped.networkId());
        assertEquals(UUID.fromString(example.get("partnerId").asText()), stopped.partnerId());
        assertEquals(java.time.OffsetDateTime.parse(example.get("stoppedAt").asText()).toInstant(),
                stopped.stoppedAt().toInstant());
    }

    @Test
    void theGroupCreatedExampleReadsIntoGroupCreated() throws Exception {
        JsonNode example = example("partner-service", "group-created.v1");

        GroupCreated created = payloads.read(event("partner", "group-created.v1", example, "groupId"), GroupCreated.class);

        assertEquals(example.get("networkId").asText(), created.networkId());
        assertEquals(UUID.fromString(example.get("groupId").asText()), created.groupId());
    }

    @Test
    void theGoalCreatedExampleReadsIntoGoalCreated() throws Exception {
        JsonNode example = example("partner-service", "goal-created.v1");

        GoalCreated created = payloads.read(event("partner", "goal-created.v1", example, "goalId"), GoalCreated.class);

        assertEquals(example.get("networkId").asText(), created.networkId());
        assertEquals(UUID.fromString(example.get("goalId").asText()), created.goalId());
    }

    @ParameterizedTest
    @CsvSource({ "membership-started.v1", "membership-changed.v1", "membership-ended.v1" })
    void theMembershipExamplesReadIntoMembership(String eventType) throws Exception {
        JsonNode example = example("partner-service", eventType);

        Membership membership = payloads.read(event("partner", eventType, example, "partnerId"), Membership.class);

        assertEquals(UUID.fromString(example.get("groupId").asText()), membership.groupId());
        assertEquals(UUID.fromString(example.get("partnerId").asText()), membership.partnerId());
    }

    @Test
    void theGoalActorNeedsChangedExampleReadsIntoGoalActorNeedsChanged() throws Exception {
        JsonNode example = example("partner-service", "goal-actor-needs-changed.v1");

        GoalActorNeedsChanged changed = payloads.read(event("partner", "goal-actor-needs-changed.v1", example, "goalId"),
                GoalActorNeedsChanged.class);

        assertEquals(UUID.fromString(example.get("goalId").asText()), changed.goalId());
        assertEquals(example.get("neededPartners").size(), changed.neededPartners().size());
        assertEquals(UUID.fromString(example.get("neededPartners").get(0).get("partnerId").asText()),
                changed.neededPartners().getFirst().partnerId());
    }

    @ParameterizedTest
    @CsvSource({ "network-registered.v1", "network-updated.v1" })
    void theNetworkExamplesReadIntoNetworkSettingsEvent(String eventType) throws Exception {
        JsonNode example = example("partner-service", eventType);

        NetworkSettingsEvent settings = payloads.read(event("partner", eventType, example, "networkId"),
                NetworkSettingsEvent.class);

        assertEquals(example.get("networkId").asText(), settings.networkId());
        assertEquals(example.get("timeZone").asText(), settings.timeZone());
        assertEquals(example.get("defaultLanguage").asText(), settings.defaultLanguage());
        assertEquals(example.get("version").asLong(), settings.version());
        assertEquals(java.time.OffsetDateTime.parse(example.path("updatedAt").asText(example.path("registeredAt").asText()))
                .toInstant(), settings.asOf().toInstant());
    }

    private static Path asyncapi(String producer) {
        return MODULES.resolve(producer).resolve("src/main/resources/asyncapi");
    }

    private JsonNode example(String producer, String eventType) throws Exception {
        return json.readTree(Files.readString(asyncapi(producer).resolve("examples/" + eventType + ".json")));
    }

    private static IncomingEvent event(String domain, String eventType, JsonNode data) {
        return event(domain, eventType, data, "partnerId");
    }

    /** {@code subjectField}: the field naming what the event is about, its ce_subject. */
    private static IncomingEvent event(String domain, String eventType, JsonNode data, String subjectField) {
        return new IncomingEvent(UUID.randomUUID(), "de.netzwerk." + domain + "." + eventType,
                "/netzwerk/" + domain + "-service", data.get(subjectField).asText(), data.get("networkId").asText(),
                data.toString());
    }
}
