package de.netzwerk.partner.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.Exchange;
import de.netzwerk.partner.ExportParts;
import de.netzwerk.partner.Partners;
import de.netzwerk.partner.event.EventSchemas;
import de.netzwerk.partner.service.ExportDocumentsRetentionJob;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14, item 1, partner-service's part: a partner's personal data is exported as a job — partner-service's own
 * part at once, personal-data-export-requested on partner-events, the other services' parts from
 * personal-data-exports — which the caller polls until it is COMPLETE. Members export only their own data.
 */
@QuarkusTest
class PersonalDataExportTest {

    private static final String PARTNER = "/api/v1/networks/{n}/partners/{p}";
    private static final String PERSONAL_DATA = PARTNER + "/personal-data";
    private static final String EXPORT = PERSONAL_DATA + "/exports/{e}";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource database;

    @Inject
    ExportDocumentsRetentionJob retention;

    private final ObjectMapper json = new ObjectMapper();
    private ExportParts parts;
    private String network;

    @BeforeEach
    void freshNetwork() {
        parts = new ExportParts(bootstrapServers);
        network = Partners.network();
    }

    @AfterEach
    void disconnect() {
        parts.close();
    }

    @Test
    void anExportGathersPartnerServicesPartAndEveryOtherServicesPartIntoOneDocument() throws Exception {
        Map<String, Object> profile = Partners.profile("Erika Mustermann");
        profile.put("kind", "PERSON");
        profile.put("email", "erika@example.org");
        profile.put("phone", "+49 2871 123456");
        profile.put("offers", "Übersetzung in Leichte Sprache");
        String erika = Partners.registered(network, profile);
        profile.put("listingConsent", false);
        given().auth().oauth2(DevTokens.member(network, erika)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(new HashMap<>(profile)).when().put(PARTNER, network, erika).then().statusCode(200);
        String group = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("kind", "WORKING", "name", "AG Inklusion"))
                .when().post("/api/v1/networks/{n}/groups", network).then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("role", "PATRON"))
                .when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", network, group, erika).then().statusCode(201);
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("contactedOn", "2026-11-18", "channel", "CALL", "note", "Ruft zurück wegen Umzug"))
                .when().post(PARTNER + "/contacts", network, erika).then().statusCode(201);

        String tafel = Partners.registered(network, Partners.profile("Tafel Musterstadt"));
        String offer = Exchange.offered(network,
                Exchange.entry(erika, "KNOW_HOW", "Übersetzungen in Leichte Sprache, abends", "leichte sprache"));
        String match = Exchange.matched(network, offer,
                Exchange.needed(network, Exchange.entry(tafel, "KNOW_HOW", "Flyer in Leichter Sprache", "leichte sprache")));

        ValidatableResponse requested = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get(PERSONAL_DATA, network, erika)
                .then().statusCode(202)
                .header("Location", containsString("/api/v1/networks/" + network + "/partners/" + erika + "/personal-data/exports/"))
                .body("status", equalTo("PENDING"))
                .body("partnerId", equalTo(erika))
                .body("missing", contains("meeting-service", "task-service", "engagement-service"))
                .body("document", nullValue());
        String export = requested.extract().path("id");
        assertThat(requested.extract().header("Location"), endsWith("/exports/" + export));

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            ConsumerRecord<String, String> request = first(reader, record -> erika.equals(record.key())
                    && "de.netzwerk.partner.personal-data-export-requested.v1".equals(TopicReader.header(record, "ce_type")));
            JsonNode data = json.readTree(request.value());
            assertEquals(Set.of(), EventSchemas.violations("personal-data-export-requested.v1", data));
            assertEquals(erika, TopicReader.header(request, "ce_subject"));
            assertEquals(network, TopicReader.header(request, "ce_networkid"));
            assertEquals(List.of(network, erika, export),
                    List.of(data.get("networkId").asText(), data.get("partnerId").asText(), data.get("exportId").asText()));
            assertFalse(request.value().contains("Erika") || request.value().contains("erika@"), "the request names nobody");
        }

        Map<String, ObjectNode> sent = new LinkedHashMap<>();
        for (String producer : List.of("meeting", "task", "engagement")) {
            ObjectNode part = parts.data(producer, network, erika, export);
            assertEquals(Set.of(), producersSchemaViolations(producer, part), producer + "'s part as its schema says");
            sent.put(producer, part);
        }
        UUID meetingPart = parts.send("meeting", UUID.randomUUID(), network, erika, export, sent.get("meeting").toString());
        awaitExport(erika, export, body -> body.path("received").size() == 1)
                .body("status", equalTo("PENDING"))
                .body("received.service", contains("meeting-service"))
                .body("missing", contains("task-service", "engagement-service"))
                .body("document", nullValue());
        // The same part delivered again, and a second answer of meeting-service: the first one is kept.
        parts.send("meeting", meetingPart, network, erika, export, sent.get("meeting").toString());
        ObjectNode second = sent.get("meeting").deepCopy();
        second.putObject("part").put("erased", true);
        parts.send("meeting", UUID.randomUUID(), network, erika, export, second.toString());
        parts.send("task", UUID.randomUUID(), network, erika, export, sent.get("task").toString());
        parts.send("engagement", UUID.randomUUID(), network, erika, export, sent.get("engagement").toString());

        ValidatableResponse complete = awaitExport(erika, export, body -> "COMPLETE".equals(body.path("status").asText()))
                .body("status", equalTo("COMPLETE"))
                .body("missing", empty())
                .body("received", hasSize(3))
                .body("completedAt", notNullValue())
                .body("documentKeptUntil", notNullValue())
                .body("document.requestedAt", notNullValue())
                .body("document.completedAt", notNullValue())
                .body("document.partner.profile.name", equalTo("Erika Mustermann"))
                .body("document.partner.profile.email", equalTo("erika@example.org"))
                .body("document.partner.profile.phone", equalTo("+49 2871 123456"))
                .body("document.partner.profile.offers", equalTo("Übersetzung in Leichte Sprache"))
                .body("document.partner.profile.expertise", contains("barrierefreiheit", "leichte sprache"))
                .body("document.partner.consents.listing.given", equalTo(false))
                .body("document.partner.consentHistory.findAll { it.purpose == 'LISTING' }.given", contains(false, true))
                .body("document.partner.memberships[0].groupId", equalTo(group))
                .body("document.partner.memberships[0].groupName", equalTo("AG Inklusion"))
                .body("document.partner.memberships[0].role", equalTo("PATRON"))
                .body("document.partner.contactLog[0].note", equalTo("Ruft zurück wegen Umzug"))
                .body("document.partner.contactLog[0].channel", equalTo("CALL"))
                .body("document.partner.leaving.leftAt", nullValue())
                .body("document.partner.exchange.offers.id", contains(offer))
                .body("document.partner.exchange.offers[0].description", equalTo("Übersetzungen in Leichte Sprache, abends"))
                .body("document.partner.exchange.needs", empty())
                .body("document.partner.exchange.matches.id", contains(match))
                .body("document.partner.exchange.matches[0].side", equalTo("OFFER"))
                .body("document.partner.exchange.matches[0].status", equalTo("PROPOSED"));
        JsonNode document = json.readTree(complete.extract().asString()).get("document");
        assertFalse(document.get("partner").toString().contains(tafel), "the partner's part names no other partner");
        assertEquals(sent.get("meeting").get("part"), document.get("meetingService"), "meeting-service's first part, as sent");
        assertEquals(sent.get("task").get("part"), document.get("taskService"), "task-service's part, as sent");
        assertEquals(sent.get("engagement").get("part"), document.get("engagementService"), "engagement-service's part, as sent");
        assertEquals(1, count("select count(*) from personal_data_export_part where export_id = ? and service = 'meeting-service'",
                export), "the redelivered part is stored once");

        byte[] archive = given().auth().oauth2(DevTokens.member(network, erika)).accept("application/zip")
                .when().get(EXPORT, network, erika, export)
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString(".zip"))
                .extract().asByteArray();
        Map<String, JsonNode> files = unzipped(archive);
        assertEquals(List.of("export.json", "partner-service.json", "meeting-service.json", "task-service.json",
                "engagement-service.json"), List.copyOf(files.keySet()));
        assertEquals(document.get("partner"), files.get("partner-service.json"));
        assertEquals(sent.get("task").get("part"), files.get("task-service.json"));
        assertEquals("COMPLETE", files.get("export.json").get("status").asText());
    }

    private Map<String, JsonNode> unzipped(byte[] archive) throws Exception {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), json.readTree(zip.readAllBytes()));
            }
        }
        return files;
    }

    @Test
    void aMemberExportsTheirOwnDataOnlyAndIntegrationsNone() {
        String erika = Partners.registered(network, Partners.profile("Erika Mustermann"));
        String tafel = Partners.registered(network, Partners.profile("Tafel Musterstadt"));
        String own = given().auth().oauth2(DevTokens.member(network, erika)).when().get(PERSONAL_DATA, network, erika)
                .then().statusCode(202).body("status", equalTo("PENDING")).extract().path("id");
        String tafels = given().auth().oauth2(DevTokens.coordinator(network)).when().get(PERSONAL_DATA, network, tafel)
                .then().statusCode(202).extract().path("id");

        given().auth().oauth2(DevTokens.member(network, erika)).when().get(EXPORT, network, erika, own)
                .then().statusCode(200).body("id", equalTo(own));
        given().auth().oauth2(DevTokens.member(network, erika)).accept("application/zip").when().get(EXPORT, network, erika, own)
                .then().statusCode(409).contentType("application/problem+json");
        // Another partner's data: answered as if the partner were unknown, as GET …/partners/{p} does for unlisted ones.
        given().auth().oauth2(DevTokens.member(network, erika)).when().get(PERSONAL_DATA, network, tafel)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.member(network, erika)).when().get(EXPORT, network, tafel, tafels)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.member(network, erika)).when().get(EXPORT, network, erika, tafels)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(EXPORT, network, erika, tafels)
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(EXPORT, network, erika, own)
                .then().statusCode(200).body("id", equalTo(own));
        given().auth().oauth2(DevTokens.integration(network)).when().get(PERSONAL_DATA, network, erika)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.integration(network)).when().get(EXPORT, network, erika, own)
                .then().statusCode(403);
        String otherNetwork = Partners.network();
        given().auth().oauth2(DevTokens.coordinator(otherNetwork)).when().get(PERSONAL_DATA, otherNetwork, erika)
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.coordinator(otherNetwork)).when().get(EXPORT, otherNetwork, erika, own)
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(PERSONAL_DATA, network, UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.member(network, erika)).when().get(EXPORT, network, erika, "not-an-id")
                .then().statusCode(404);

        // Asking again while the export is pending answers it; another caller gets an export of their own.
        given().auth().oauth2(DevTokens.member(network, erika)).when().get(PERSONAL_DATA, network, erika)
                .then().statusCode(202).body("id", equalTo(own)).header("Location", endsWith("/exports/" + own));
        String coordinators = given().auth().oauth2(DevTokens.coordinator(network)).when().get(PERSONAL_DATA, network, erika)
                .then().statusCode(202).extract().path("id");
        assertNotEquals(own, coordinators);
    }

    @Test
    void anErasedPartnerHasNoExportAndAPartArrivingLateIsDroppedNotKept() throws Exception {
        String erika = Partners.registered(network, Partners.profile("Erika Mustermann"));
        String tafel = Partners.registered(network, Partners.profile("Tafel Musterstadt"));
        String export = given().auth().oauth2(DevTokens.member(network, erika)).when().get(PERSONAL_DATA, network, erika)
                .then().statusCode(202).extract().path("id");
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("reason", "PARTNER_REQUEST")
                .when().delete(PERSONAL_DATA, network, erika).then().statusCode(202);

        given().auth().oauth2(DevTokens.member(network, erika)).when().get(PERSONAL_DATA, network, erika)
                .then().statusCode(410).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(EXPORT, network, erika, export)
                .then().statusCode(410);
        assertEquals(0, count("select count(*) from personal_data_export where id = ?", export), "the export is gone");

        UUID late = parts.answer("meeting", network, erika, export);
        // A part for an export unknown here about a partner not erased is a dead letter; under the same record key it is
        // read after the late one, so once it is on the dead-letter topic the late one has been dealt with.
        UUID sentinel = parts.send("meeting", UUID.randomUUID(), network, tafel, export,
                parts.data("meeting", network, tafel, UUID.randomUUID().toString()).toString());
        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-service.personal-data-exports.dlq")) {
            List<ConsumerRecord<String, String>> deadLetters = reader.readUntil(
                    record -> sentinel.toString().equals(TopicReader.header(record, "ce_id")), PATIENCE);
            assertThat("the sentinel arrived", deadLetters.stream().map(record -> TopicReader.header(record, "ce_id")).toList(),
                    org.hamcrest.Matchers.hasItem(sentinel.toString()));
            assertFalse(deadLetters.stream().anyMatch(record -> late.toString().equals(TopicReader.header(record, "ce_id"))),
                    "the late part about the erased partner is not kept on the dead-letter topic");
        }
        assertEquals(0, count("select count(*) from personal_data_export_part where export_id = ?", export));
    }

    @Test
    void partsThatCannotBeOfThisExportGoToTheDeadLetterTopicAndTheNextIsRecorded() throws Exception {
        String erika = Partners.registered(network, Partners.profile("Erika Mustermann"));
        String export = given().auth().oauth2(DevTokens.coordinator(network)).when().get(PERSONAL_DATA, network, erika)
                .then().statusCode(202).extract().path("id");
        String otherNetwork = Partners.network();
        String stranger = Partners.registered(otherNetwork, Partners.profile("Tafel Musterstadt"));
        Map<UUID, String> reasons = new LinkedHashMap<>();
        reasons.put(parts.send("meeting", UUID.randomUUID(), otherNetwork, erika, export,
                parts.data("meeting", otherNetwork, erika, export).toString()), "is of network " + network);
        reasons.put(parts.send("meeting", UUID.randomUUID(), otherNetwork, stranger, export,
                parts.data("meeting", otherNetwork, stranger, export).toString()), "is of network " + network);
        reasons.put(parts.answer("meeting", network, erika, UUID.randomUUID().toString()), "is not known here");
        ObjectNode inTasksName = parts.data("meeting", network, erika, export);
        inTasksName.put("service", "task-service");
        reasons.put(parts.send("meeting", UUID.randomUUID(), network, erika, export, inTasksName.toString()),
                "cannot answer in the name of");
        ObjectNode noPart = parts.data("meeting", network, erika, export);
        noPart.put("part", "alles");
        reasons.put(parts.send("meeting", UUID.randomUUID(), network, erika, export, noPart.toString()), "not a JSON object");
        reasons.put(parts.send("meeting", UUID.randomUUID(), network, erika, export, "{\"networkId\":\"" + network + "\"}"),
                "fails validation");
        parts.answer("meeting", network, erika, export);

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-service.personal-data-exports.dlq")) {
            for (Map.Entry<UUID, String> poison : reasons.entrySet()) {
                ConsumerRecord<String, String> deadLetter = first(reader,
                        record -> poison.getKey().toString().equals(TopicReader.header(record, "ce_id")));
                assertThat(TopicReader.header(deadLetter, "dead-letter-reason"), containsString(poison.getValue()));
            }
        }
        awaitExport(erika, export, body -> body.path("received").size() == 1)
                .body("received.service", contains("meeting-service"))
                .body("missing", contains("task-service", "engagement-service"));
    }

    @Test
    void aFinishedExportsDocumentIsDeletedAfterADay() throws Exception {
        String erika = Partners.registered(network, Partners.profile("Erika Mustermann"));
        String export = given().auth().oauth2(DevTokens.member(network, erika)).when().get(PERSONAL_DATA, network, erika)
                .then().statusCode(202).extract().path("id");
        for (String producer : List.of("meeting", "task", "engagement")) {
            parts.answer(producer, network, erika, export);
        }
        String keptUntil = awaitExport(erika, export, body -> "COMPLETE".equals(body.path("status").asText()))
                .body("status", equalTo("COMPLETE")).extract().path("documentKeptUntil");

        retention.deleteDueAt(OffsetDateTime.parse(keptUntil).minusMinutes(1));
        given().auth().oauth2(DevTokens.member(network, erika)).when().get(EXPORT, network, erika, export)
                .then().statusCode(200).body("status", equalTo("COMPLETE"));
        retention.deleteDueAt(OffsetDateTime.parse(keptUntil).plusMinutes(1));

        given().auth().oauth2(DevTokens.member(network, erika)).when().get(EXPORT, network, erika, export)
                .then().statusCode(200)
                .body("status", equalTo("EXPIRED"))
                .body("document", nullValue())
                .body("missing", empty());
        assertEquals(0, count("select count(*) from personal_data_export_part where export_id = ?", export));
        assertEquals(0, count("select count(*) from personal_data_export where id = ? and partner_part is not null", export));
        // A new request starts a new export with a document of its own.
        given().auth().oauth2(DevTokens.member(network, erika)).when().get(PERSONAL_DATA, network, erika)
                .then().statusCode(202).body("id", not(equalTo(export)));
    }

    private java.util.Set<com.networknt.schema.ValidationMessage> producersSchemaViolations(String producer, JsonNode data)
            throws Exception {
        var schema = ExportParts.asyncapi(producer).resolve("schemas/personal-data-exported.v1.json");
        if (!Files.exists(schema)) {
            return Set.of();
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(schema), config).validate(data);
    }

    private long count(String sql, String id) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static ConsumerRecord<String, String> first(TopicReader reader, Predicate<ConsumerRecord<String, String>> wanted) {
        return reader.readUntil(wanted, PATIENCE).stream().filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("not on the topic within " + PATIENCE));
    }

    /** The export once {@code done} holds for it: the parts are read from the topic in the background. */
    private ValidatableResponse awaitExport(String partner, String export, Predicate<JsonNode> done) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(DevTokens.coordinator(network))
                        .when().get(EXPORT, network, partner, export)
                        .then().statusCode(200),
                        status -> done.test(body(status)));
    }

    private JsonNode body(ValidatableResponse status) {
        try {
            return json.readTree(status.extract().asString());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
