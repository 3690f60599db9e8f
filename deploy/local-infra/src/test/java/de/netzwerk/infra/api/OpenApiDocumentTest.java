package de.netzwerk.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the harness reads a document and builds bodies from it, without a service. */
class OpenApiDocumentTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
               "/api/v1/networks/{networkId}/goals/{goalId}/actor-needs": {
                 "put": {
                   "parameters": [
                     {"name": "networkId", "in": "path", "required": true, "schema": {"type": "string"}},
                     {"name": "goalId", "in": "path", "required": true, "schema": {"$ref": "#/components/schemas/UUID"}}],
                   "requestBody": {"required": true,
                     "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NeedsRequest"}}}},
                   "security": [{"SecurityScheme": ["coordinator"]}]}},
               "/api/v1/networks": {
                 "post": {"security": [{"SecurityScheme": ["operator"]}]}}},
             "components": {"schemas": {
               "UUID": {"type": "string", "format": "uuid"},
               "LocalDate": {"type": "string", "format": "date", "examples": ["2022-03-10"]},
               "NeedsRequest": {"type": "object", "required": ["needs"], "properties": {
                 "needs": {"type": "array", "items": {"$ref": "#/components/schemas/Need"}},
                 "responsiblePartnerId": {"$ref": "#/components/schemas/UUID"},
                 "guests": {"type": "array", "items": {"$ref": "#/components/schemas/UUID"}},
                 "since": {"type": "string", "examples": ["2026-11-01"], "$ref": "#/components/schemas/LocalDate"}}},
               "Need": {"type": "object", "required": ["purpose"], "properties": {
                 "partnerId": {"$ref": "#/components/schemas/UUID"},
                 "purpose": {"type": "string", "examples": ["Berichte"]}}}}}}
            """;

    private final OpenApiDocument document = OpenApiDocument.parse(DOCUMENT);
    private final Tenant tenant = Tenant.of("net-a").with("partnerId", "p-a").with("goalId", "g-a");
    private final ApiFixture fixture = ApiFixture.of(tenant, Tenant.of("net-b")).referenceKind("guests", "partnerId");

    @Test
    void operationsAreListedWithTheirParametersRolesAndResolvedBody() {
        List<ApiOperation> operations = document.operations();
        assertEquals(List.of("POST /api/v1/networks", "PUT /api/v1/networks/{networkId}/goals/{goalId}/actor-needs"),
                operations.stream().map(ApiOperation::key).toList());
        ApiOperation needs = operations.get(1);
        assertTrue(needs.inNetwork());
        assertEquals(Role.COORDINATOR, needs.caller());
        assertEquals(List.of("goalId"), needs.objectParameters().stream().map(ApiParameter::name).toList());
        assertTrue(needs.objectParameters().getFirst().isUuid());
        assertTrue(needs.bodyRequired());
        assertFalse(operations.get(0).inNetwork());
    }

    @Test
    void anExampleBesideARefWinsOverTheReferencedOne() {
        JsonNode since = document.resolve(document.operations().get(1).requestBody().path("properties").path("since"));
        assertEquals("2026-11-01", Schemas.example(since).orElseThrow().asText());
        assertEquals("date", Schemas.format(since));
    }

    @Test
    void aBodyHasItsRequiredAndExemplifiedFieldsAndTheTenantsIdsForReferences() {
        JsonNode body = new Calls(document, fixture).body(document.operations().get(1), tenant);
        assertEquals(Json.parse("""
                {"needs": [{"purpose": "Berichte"}], "since": "2026-11-01"}"""), body);
    }

    @Test
    void referenceFieldsAreFoundThroughRefsArraysAndNestedObjects() {
        List<ReferenceField> fields = ReferenceField.in(document.operations().get(1).requestBody(), document);
        assertEquals(List.of("needs[0].partnerId", "responsiblePartnerId", "guests[0]"),
                fields.stream().map(ReferenceField::display).toList());
        assertEquals(List.of("partnerId", "responsiblePartnerId", "guests"), fields.stream().map(ReferenceField::name).toList());
    }

    @Test
    void aForeignIdIsInjectedIntoOneFieldAndTheRestOfTheBodyStays() {
        Calls calls = new Calls(document, fixture);
        JsonNode body = calls.body(document.operations().get(1), tenant);
        List<ReferenceField> fields = ReferenceField.in(document.operations().get(1).requestBody(), document);
        assertEquals(Json.parse("""
                {"needs": [{"purpose": "Berichte", "partnerId": "p-b"}], "since": "2026-11-01"}"""),
                fields.get(0).inject(body, "p-b", calls.examples(), tenant));
        assertEquals(Json.parse("""
                {"needs": [{"purpose": "Berichte"}], "since": "2026-11-01", "guests": ["p-b"]}"""),
                fields.get(2).inject(body, "p-b", calls.examples(), tenant));
        assertEquals(Json.parse("""
                {"needs": [{"purpose": "Berichte"}], "since": "2026-11-01"}"""), body, "the body itself is left as it was");
    }

    @Test
    void theKindOfAReferenceComesFromTheFixtureOrTheEndOfItsName() {
        assertEquals("partnerId", fixture.kindOf("responsiblePartnerId", tenant));
        assertEquals("partnerId", fixture.kindOf("partnerIds", tenant));
        assertEquals("partnerId", fixture.kindOf("guests", tenant));
        assertEquals("goalId", fixture.kindOf("goalId", tenant));
        CannotBuildCall unknown = assertThrows(CannotBuildCall.class, () -> fixture.kindOf("meetingId", tenant));
        assertTrue(unknown.getMessage().contains("'meetingId'"), unknown.getMessage());
    }

    @Test
    void aFixtureNamingAnOperationTheDocumentLacksIsCaught() {
        fixture.body("GET /api/v1/networks/{networkId}/nothing", t -> Map.of());
        assertEquals(List.of("GET /api/v1/networks/{networkId}/nothing"), fixture.unknownOperations(document));
    }
}
