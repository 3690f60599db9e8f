package de.netzwerk.partner.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.Partners;
import de.netzwerk.partner.event.EventSchemas;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spreadsheet import and export of the partner directory (issue 15, item 4), through the API. */
@QuarkusTest
class PartnerSpreadsheetTest {

    private static final String IMPORT = "/api/v1/networks/{n}/partners/import";
    private static final String EXPORT = "/api/v1/networks/{n}/partners/export";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The Content-Type as the test writes it: RestAssured would otherwise add charset=ISO-8859-1 to text/csv. */
    private static final RestAssuredConfig AS_SENT = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The management interface, which serves the OpenAPI document. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private String network;

    @BeforeEach
    void freshNetwork() {
        network = Partners.network();
    }

    private static final String GERMAN = """
            Name;Art;Sektor;E-Mail;Telefon;Fachgebiete;Externe ID;Status;Notizen
            Förderverein Bürgerhaus Süd e.V.;Organisation;Verein;info@buergerhaus-sued.de;+49 521 4711;"Öffentlichkeitsarbeit, Räume";KOM-1;Aktiv;nur intern
            Jürgen Weiß;Person;Ehrenamt;JUERGEN@example.org;;Moderation | Fahrdienst;KOM-2;Interessent;
            """;

    @Test
    void aGermanWindows1252FileWithUmlautsIsCheckedFirstAndStoredOnCommit() {
        byte[] file = GERMAN.getBytes(WINDOWS_1252);

        importing(file, "text/csv", false).statusCode(200)
                .body("committed", equalTo(false))
                .body("charset", equalTo("windows-1252"))
                .body("separator", equalTo(";"))
                .body("ignoredColumns", contains("Notizen"))
                .body("totals.created", equalTo(2))
                .body("rows.line", contains(2, 3))
                .body("rows.outcome", contains("CREATED", "CREATED"));
        directory().body("totalItems", equalTo(0));

        String id = importing(file, "text/csv", true).statusCode(200)
                .body("committed", equalTo(true))
                .body("rows.partnerId", everyItem(notNullValue()))
                .extract().path("rows[0].partnerId");
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners/{p}", network, id)
                .then().statusCode(200)
                .body("name", equalTo("Förderverein Bürgerhaus Süd e.V."))
                .body("sector", equalTo("ASSOCIATION"))
                .body("externalId", equalTo("KOM-1"))
                .body("expertise", contains("räume", "öffentlichkeitsarbeit"))
                .body("phone", equalTo("+49 521 4711"));
        directory().body("items.status", contains("ACTIVE", "PROSPECT"));
    }

    @Test
    void anEnglishCommaSeparatedUtf8FileWithByteOrderMarkIsRead() {
        String csv = "\uFEFFExternal ID,Name,Kind,Sector,Email,Expertise,Listed\r\n"
                + "X-7,\"Blickwinkel, Self-Advocacy Group\",organisation,Self-advocates,kontakt@blickwinkel.de,\"Easy Read|Accessibility\",yes\r\n";

        importing(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", true).statusCode(200)
                .body("charset", equalTo("UTF-8"))
                .body("separator", equalTo(","))
                .body("rows.outcome", contains("CREATED"));
        directory().body("items[0].name", equalTo("Blickwinkel, Self-Advocacy Group"))
                .body("items[0].kind", equalTo("ORGANISATION"))
                .body("items[0].sector", equalTo("SELF_ADVOCATES"))
                .body("items[0].expertise", contains("accessibility", "easy read"))
                .body("items[0].listingConsent.given", equalTo(true));
    }

    private static final String BROKEN = """
            Name;Art;Sektor;E-Mail
            Tafel Musterstadt;Organisation;Verein;tafel@example.org
            Stadtwerke;Firma;Wirtschaft;info@stadtwerke.example
            Anna Beispiel;Person;Ehrenamt;anna(at)example.org
            ;Person;Ehrenamt;leer@example.org
            "Quartiersbüro Nord;Organisation;Kommune;nord@example.org
            Sportverein 1920;Organisation;Verein;sport@example.org
            """;

    @Test
    void brokenRowsAreReportedWithTheirLineAndColumnInGermanAndEnglish() {
        importing(BROKEN.getBytes(StandardCharsets.UTF_8), "text/csv", false).statusCode(200)
                .body("totals.rows", equalTo(6))
                .body("totals.refused", equalTo(4))
                .body("rows.outcome", contains("CREATED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "CREATED"))
                .body("rows.line", contains(2, 3, 4, 5, 6, 7))
                .body("rows[1].problems[0].column", equalTo("Art"))
                .body("rows[1].problems[0].code", equalTo("KIND_UNKNOWN"))
                .body("rows[1].problems[0].de", containsString("„Firma“ ist unbekannt"))
                .body("rows[1].problems[0].en", containsString("'Firma' is unknown; allowed: Organisation, Person"))
                .body("rows[2].problems[0].column", equalTo("E-Mail"))
                .body("rows[2].problems[0].code", equalTo("EMAIL_INVALID"))
                .body("rows[3].problems[0].column", equalTo("Name"))
                .body("rows[3].problems[0].code", equalTo("REQUIRED"))
                .body("rows[4].problems[0].column", equalTo("Name"))
                .body("rows[4].problems[0].code", equalTo("UNBALANCED_QUOTE"));
    }

    @Test
    void aCommitWithARefusedRowIsRefusedWholeAndStoresNothing() {
        importing(BROKEN.getBytes(StandardCharsets.UTF_8), "text/csv", true).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("ROWS_REFUSED"))
                .body("detail", equalTo("4 von 6 Zeilen sind abgelehnt; nichts wurde importiert."))
                .body("report.committed", equalTo(false))
                .body("report.rows[1].problems[0].code", equalTo("KIND_UNKNOWN"));
        directory().body("totalItems", equalTo(0));
    }

    @Test
    void aSecondImportUpdatesByExternalIdOrEmailInsteadOfDuplicating() {
        importing(GERMAN.getBytes(WINDOWS_1252), "text/csv", true).statusCode(200);
        String second = """
                Name;Art;Sektor;E-Mail;Telefon;Externe ID
                Förderverein Bürgerhaus Süd e.V.;Organisation;Verein;info@buergerhaus-sued.de;+49 521 9999;KOM-1
                Jürgen Weiß;Person;Ehrenamt;JUERGEN@example.org;;KOM-2
                Café Miteinander;Organisation;Wirtschaft;cafe@example.org;;
                """;
        importing(second.getBytes(StandardCharsets.UTF_8), "text/csv", true).statusCode(200)
                .body("rows.outcome", contains("UPDATED", "UNCHANGED", "CREATED"));
        String byEmail = """
                Name;Art;Sektor;E-Mail;Telefon
                Café Miteinander;Organisation;Wirtschaft;CAFE@example.org;+49 521 1
                """;
        importing(byEmail.getBytes(StandardCharsets.UTF_8), "text/csv", true).statusCode(200)
                .body("rows.outcome", contains("UPDATED"));

        directory().body("totalItems", equalTo(3))
                .body("items.phone", contains(equalTo("+49 521 1"), equalTo("+49 521 9999"), nullValue()));
    }

    @Test
    void twoRowsAboutOnePartnerAreRefused() {
        String csv = """
                Name;Art;Sektor;E-Mail;Externe ID
                Tafel;Organisation;Verein;tafel@example.org;
                Tafel e.V.;Organisation;Verein;TAFEL@example.org;
                Kirche;Organisation;Verein;kirche@example.org;K-1
                Kirchengemeinde;Organisation;Verein;;K-1
                """;
        importing(csv.getBytes(StandardCharsets.UTF_8), "text/csv", false).statusCode(200)
                .body("rows.outcome", contains("CREATED", "REFUSED", "CREATED", "REFUSED"))
                .body("rows[1].problems[0].code", equalTo("DUPLICATE_IN_FILE"))
                .body("rows[1].problems[0].en", equalTo("The same partner is already in line 2."))
                .body("rows[3].problems[0].column", equalTo("Externe ID"));
    }

    @Test
    void importedPartnersArePublishedLikeThoseRegisteredAndUpdatedThroughTheApi() throws Exception {
        String id = importing(GERMAN.getBytes(WINDOWS_1252), "text/csv", true).statusCode(200)
                .extract().path("rows[0].partnerId");
        String changed = GERMAN.replace("+49 521 4711;\"Öffentlichkeitsarbeit, Räume\"", "+49 521 4711;Räume");
        importing(changed.getBytes(WINDOWS_1252), "text/csv", true).statusCode(200)
                .body("rows.outcome", contains("UPDATED", "UNCHANGED"));

        ObjectMapper json = new ObjectMapper();
        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            List<ConsumerRecord<String, String>> ours = reader.readUntil(
                    record -> id.equals(record.key()) && type(record).endsWith("partner-updated.v1"),
                    Duration.ofSeconds(30)).stream().filter(record -> id.equals(record.key())).toList();
            assertEquals(List.of("de.netzwerk.partner.partner-registered.v1", "de.netzwerk.partner.partner-updated.v1"),
                    ours.stream().map(PartnerSpreadsheetTest::type).toList());
            for (ConsumerRecord<String, String> record : ours) {
                JsonNode payload = json.readTree(record.value());
                String eventType = type(record).substring("de.netzwerk.partner.".length());
                assertEquals(Set.of(), EventSchemas.violations(eventType, payload), eventType);
                assertFalse(record.value().contains("Bürgerhaus") || record.value().contains("buergerhaus")
                        || record.value().contains("KOM-1"), "events carry no names, contact data or external ids");
            }
            assertEquals("[\"räume\"]", json.readTree(ours.get(1).value()).path("expertise").toString());
        }
    }

    @Test
    void aPartnerWhoLeftInTheSpreadsheetLeavesTheirGroupsAsThroughTheApi() {
        String partner = Partners.registered(network, Partners.profile("Blickwinkel e.V."));
        String group = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("kind", "WORKING", "name", "AG Inklusion"))
                .when().post("/api/v1/networks/{n}/groups", network).then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("role", "MEMBER"))
                .when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", network, group, partner).then().statusCode(201);
        String csv = """
                Name;Art;Sektor;E-Mail;Status
                Blickwinkel e.V.;Organisation;Selbstvertretung;KONTAKT@example.org;Ausgeschieden
                """;

        importing(csv.getBytes(StandardCharsets.UTF_8), "text/csv", true).statusCode(200)
                .body("rows[0].outcome", equalTo("UPDATED"))
                .body("rows[0].partnerId", equalTo(partner));

        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/partners/{p}", network, partner)
                .then().statusCode(200).body("status", equalTo("LEFT")).body("leftAt", notNullValue())
                .body("email", equalTo("KONTAKT@example.org"));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/groups/{g}/members", network, group)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anExternalIdNamesOnePartnerUntilTheirDataIsErased() {
        Map<String, Object> profile = Partners.profile("Blickwinkel e.V.");
        profile.put("externalId", "KOM-7");
        String first = Partners.registered(network, profile);
        Partners.register(network, profile).then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("reason", "PARTNER_REQUEST")
                .when().delete("/api/v1/networks/{n}/partners/{p}/personal-data", network, first)
                .then().statusCode(202);
        Partners.register(network, profile).then().statusCode(201); // the tombstone keeps no external id
    }

    @Test
    void aFileOfTenThousandRowsIsCheckedInOneRequest() {
        StringBuilder csv = new StringBuilder("Externe ID;Name;Art;Sektor;E-Mail;Telefon;Fachgebiete;Interessen\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("EXT-").append(i).append(";Partner Nummer ").append(i).append(";Organisation;Verein;partner")
                    .append(i).append("@example.org;+49 521 ").append(i).append(";\"Leichte Sprache, Sport\";")
                    .append("Kontakte zu Vereinen und zur Verwaltung im Quartier, Austausch über Räume\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(file.length > 1_000_000, "larger than any other body may be");

        importing(file, "text/csv", false).statusCode(200)
                .body("totals.rows", equalTo(10_000))
                .body("totals.created", equalTo(10_000))
                .body("rows", hasSize(10_000));
    }

    @Test
    void aFileOverTheImportsLimitIs413AndOtherBodiesKeepTheirs() {
        byte[] huge = new byte[16 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'a');
        importing(huge, "text/csv", false).statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("request.too-large"))
                .body("detail", equalTo("Der Inhalt der Anfrage ist größer als 16384 KiB."));

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"name\": \"" + "x".repeat(300 * 1024) + "\"}")
                .when().post("/api/v1/networks/{n}/partners", network)
                .then().statusCode(413).header("Content-Language", "en")
                .body("detail", equalTo("The request body is larger than 256 KiB."));
    }

    @Test
    void anExportImportedAgainChangesNothingInGermanAndInEnglish() {
        Map<String, Object> tricky = Partners.profile("Blick; \"winkel\" e.V.");
        tricky.put("offers", "Raum für 20 Personen;\nmontags \"ab 18 Uhr\"");
        tricky.put("phone", "+49 521 123456");
        tricky.put("externalId", "KOM-42");
        Partners.registered(network, tricky);
        Map<String, Object> left = Partners.profile("=HYPERLINK(\"http://example.org\")");
        left.put("status", "LEFT");
        left.put("email", "weg@example.org");
        Partners.registered(network, left);

        byte[] german = exported("de", null);
        assertTrue(new String(german, StandardCharsets.UTF_8).startsWith("\uFEFFExterne ID;Name;Art;Sektor;Status;E-Mail"));
        assertTrue(new String(german, StandardCharsets.UTF_8).contains("'=HYPERLINK"), "a formula is written as text");
        importing(german, "text/csv", false).statusCode(200).body("rows.outcome", contains("UNCHANGED", "UNCHANGED"));

        byte[] english = exported(null, "en-GB, de;q=0.5");
        assertTrue(new String(english, StandardCharsets.UTF_8).startsWith("\uFEFFExternal ID,Name,Kind,Sector,Status,Email"));
        importing(english, "text/csv", true).statusCode(200).body("rows.outcome", contains("UNCHANGED", "UNCHANGED"));
    }

    @Test
    void theExportShowsEachRoleWhatThePartnerListShowsIt() {
        String member = Partners.registered(network, Partners.profile("Anna Mitglied"));
        Map<String, Object> unlisted = Partners.profile("Nicht gelistet");
        unlisted.put("listingConsent", false);
        Partners.registered(network, unlisted);
        Map<String, Object> left = Partners.profile("Ausgeschieden e.V.");
        left.put("status", "LEFT");
        left.put("email", "weg@example.org");
        Partners.registered(network, left);

        String asMember = given().auth().oauth2(DevTokens.member(network, member)).queryParam("headings", "de")
                .when().get(EXPORT, network).then().statusCode(200).extract().asString();
        assertFalse(asMember.contains("Nicht gelistet"), "members see listed partners only");
        assertTrue(asMember.contains("weg@example.org"));

        String asIntegration = given().auth().oauth2(DevTokens.integration(network)).queryParam("headings", "de")
                .when().get(EXPORT, network).then().statusCode(200).extract().asString();
        assertTrue(asIntegration.contains("Nicht gelistet"));
        assertTrue(asIntegration.contains("Ausgeschieden e.V."));
        assertFalse(asIntegration.contains("weg@example.org"), "integrations never read contact data of partners who left");

        for (String token : List.of(DevTokens.member(network, member), DevTokens.integration(network))) {
            given().config(AS_SENT).auth().oauth2(token).contentType("text/csv").body(GERMAN.getBytes(StandardCharsets.UTF_8))
                    .when().post(IMPORT, network).then().statusCode(403);
        }
    }

    @Test
    void anUnknownHeadingSetIsA400InTheCallersLanguage() {
        given().config(AS_SENT).auth().oauth2(DevTokens.coordinator(network)).contentType("text/csv").header("Accept-Language", "en")
                .body("Name;Kind\nTafel;Organisation\n".getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT, network)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("MISSING_COLUMN"))
                .body("detail", equalTo("Columns are missing: Sektor / Sector."));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("text/csv; charset=utf-16")
                .body("Name".getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT, network)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheFileAndTheSpreadsheet() {
        JsonPath document = given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort())
                .queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> upload = document.getMap("paths.'/api/v1/networks/{networkId}/partners/import'.post.requestBody.content");
        assertEquals(Set.of("text/csv"), upload.keySet());
        Map<String, Object> download = document.getMap("paths.'/api/v1/networks/{networkId}/partners/export'.get.responses.'200'.content");
        assertEquals(Set.of("text/csv"), download.keySet());
    }

    private ValidatableResponse importing(byte[] file, String contentType, boolean commit) {
        return given().config(AS_SENT).auth().oauth2(DevTokens.coordinator(network)).contentType(contentType).body(file)
                .queryParam("commit", commit)
                .when().post(IMPORT, network).then();
    }

    private byte[] exported(String headings, String acceptLanguage) {
        var request = given().auth().oauth2(DevTokens.coordinator(network)).accept("text/csv");
        if (headings != null) {
            request.queryParam("headings", headings);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.when().get(EXPORT, network).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", not(nullValue()))
                .extract().asByteArray();
    }

    private ValidatableResponse directory() {
        return given().auth().oauth2(DevTokens.coordinator(network)).queryParam("sort", "name")
                .when().get("/api/v1/networks/{n}/partners", network).then().statusCode(200);
    }

    private static String type(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, "ce_type");
    }
}
