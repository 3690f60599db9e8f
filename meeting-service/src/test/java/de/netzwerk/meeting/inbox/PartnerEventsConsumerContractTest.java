package de.netzwerk.meeting.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.meeting.event.GroupCreated;
import de.netzwerk.meeting.event.MembershipEnded;
import de.netzwerk.meeting.event.MembershipState;
import de.netzwerk.meeting.event.NetworkSettingsEvent;
import de.netzwerk.meeting.event.PartnerErased;
import de.netzwerk.meeting.event.PartnerLeft;
import de.netzwerk.meeting.event.PartnerProfile;
import de.netzwerk.meeting.event.PersonalDataExportRequested;
import de.netzwerk.meeting.rest.input.StrictJson;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * meeting-service reads what partner-service promises about networks, groups, partners and memberships: the producer's
 * examples (from the neighbouring module) conform to the producer's schemas, and this service's own records read them
 * through the consumer's own reader ({@link EventPayloads}: JSON mapping and validation). Plain JUnit: the reader is
 * built as the running service builds it, without booting the service.
 */
class PartnerEventsConsumerContractTest {

    private static final Path PRODUCER = Path.of("..", "partner-service", "src", "main", "resources", "asyncapi");

    private final ObjectMapper json = serviceMapper();

    private final EventPayloads payloads = new EventPayloads(json, validator());

    @ParameterizedTest
    @ValueSource(strings = { "group-created.v1", "partner-registered.v1", "partner-updated.v1", "partner-left.v1",
            "membership-started.v1", "membership-changed.v1", "membership-ended.v1", "partner-erased.v1",
            "personal-data-export-requested.v1", "network-registered.v1", "network-updated.v1" })
    void theProducersExamplesConformToTheProducersSchemas(String eventType) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(PRODUCER.resolve("schemas/" + eventType + ".json")), config);

        assertEquals(Set.of(), schema.validate(example(eventType)));
    }

    @Test
    void theGroupCreatedExampleReadsIntoGroupCreated() throws Exception {
        JsonNode example = example("group-created.v1");

        GroupCreated created = payloads.read(event("group-created.v1", example, "groupId"), GroupCreated.class);

        assertEquals(example.get("networkId").asText(), created.networkId());
        assertEquals(UUID.fromString(example.get("groupId").asText()), created.groupId());
    }

    @Test
    void theRegisteredAndUpdatedExamplesReadIntoThePartnerProfile() throws Exception {
        for (String eventType : new String[] { "partner-registered.v1", "partner-updated.v1" }) {
            ObjectNode example = (ObjectNode) example(eventType);
            example.put("addedLater", "ignored");

            PartnerProfile profile = payloads.read(event(eventType, example, "partnerId"), PartnerProfile.class);

            assertEquals(example.get("networkId").asText(), profile.networkId());
            assertEquals(UUID.fromString(example.get("partnerId").asText()), profile.partnerId());
            assertEquals(example.get("status").asText(), profile.status());
            assertEquals(example.path("version").asLong(0), profile.version(), "partner-registered has no version: 0");
        }
    }

    @Test
    void theLeftExampleReadsIntoPartnerLeft() throws Exception {
        JsonNode example = example("partner-left.v1");

        PartnerLeft left = payloads.read(event("partner-left.v1", example, "partnerId"), PartnerLeft.class);

        assertEquals(UUID.fromString(example.get("partnerId").asText()), left.partnerId());
    }

    @Test
    void theStartedAndChangedExamplesReadIntoTheMembershipState() throws Exception {
        for (String eventType : new String[] { "membership-started.v1", "membership-changed.v1" }) {
            ObjectNode example = (ObjectNode) example(eventType);
            example.put("addedLater", "ignored");

            MembershipState state = payloads.read(event(eventType, example, "partnerId"), MembershipState.class);

            assertEquals(UUID.fromString(example.get("groupId").asText()), state.groupId());
            assertEquals(example.get("introductoryTalkDone").asBoolean(), state.introductoryTalkDone());
            assertEquals(example.get("version").asLong(), state.version());
        }
    }

    @Test
    void theEndedExampleReadsIntoMembershipEnded() throws Exception {
        JsonNode example = example("membership-ended.v1");

        MembershipEnded ended = payloads.read(event("membership-ended.v1", example, "partnerId"), MembershipEnded.class);

        assertEquals(UUID.fromString(example.get("partnerId").asText()), ended.partnerId());
    }

    @Test
    void theErasedExampleReadsIntoPartnerErased() throws Exception {
        ObjectNode example = (ObjectNode) example("partner-erased.v1");
        example.put("addedLater", "ignored");

        PartnerErased erased = payloads.read(event("partner-erased.v1", example, "partnerId"), PartnerErased.class);

        assertEquals(UUID.fromString(example.get("partnerId").asText()), erased.partnerId());
        assertEquals(UUID.fromString(example.get("erasureId").asText()), erased.erasureId());
        assertEquals(OffsetDateTime.parse(example.get("erasedAt").asText()).toInstant(), erased.erasedAt().toInstant());
    }

    @Test
    void theExportRequestedExampleReadsIntoPersonalDataExportRequested() throws Exception {
        ObjectNode example = (ObjectNode) example("personal-data-export-requested.v1");
        example.put("addedLater", "ignored");

        PersonalDataExportRequested requested = payloads.read(
                event("personal-data-export-requested.v1", example, "partnerId"), PersonalDataExportRequested.class);

        assertEquals(UUID.fromString(example.get("partnerId").asText()), requested.partnerId());
        assertEquals(UUID.fromString(example.get("exportId").asText()), requested.exportId());
        assertEquals(OffsetDateTime.parse(example.get("requestedAt").asText()).toInstant(),
                requested.requestedAt().toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = { "network-registered.v1", "network-updated.v1" })
    void theNetworkExamplesReadIntoNetworkSettingsEvent(String eventType) throws Exception {
        JsonNode example = example(eventType);

        NetworkSettingsEvent settings = payloads.read(event(eventType, example, "networkId"), NetworkSettingsEvent.class);

        assertEquals(example.get("networkId").asText(), settings.networkId());
        assertEquals(example.get("timeZone").asText(), settings.timeZone());
        assertEquals(example.get("defaultLanguage").asText(), settings.defaultLanguage());
        assertEquals(example.get("version").asLong(), settings.version());
        assertEquals(OffsetDateTime.parse(example.path("updatedAt").asText(example.path("registeredAt").asText()))
                .toInstant(), settings.asOf().toInstant());
    }

    private JsonNode example(String eventType) throws Exception {
        return json.readTree(Files.readString(PRODUCER.resolve("examples/" + eventType + ".json")));
    }

    /**
     * As partner-service publishes it: ce_subject is the partner, the group for group-created, the network for the
     * network's events.
     */
    private static IncomingEvent event(String eventType, JsonNode data, String subjectField) {
        return new IncomingEvent(UUID.randomUUID(), "de.netzwerk.partner." + eventType, "/netzwerk/partner-service",
                data.get(subjectField).asText(), data.get("networkId").asText(), data.toString());
    }

    /**
     * The mapper as Quarkus makes it for this service: its defaults (java.time and Optional, unknown properties
     * ignored, so that a producer may add optional fields within a version) and the service's own customizer.
     */
    private static ObjectMapper serviceMapper() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).addModule(new Jdk8Module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static Validator validator() {
        return Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    }
}
