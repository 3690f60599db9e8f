package de.netzwerk.engagement.rest.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Makes the service's OpenAPI document one a client generator can take as it is (issue 16, item 3): every
 * operationId is stable, camelCase and unique across all four services (it names the resource class and its
 * method, {@code PartnerResource_list} becoming {@code partnerList}; a method name used twice in one resource is
 * refused here, a name used by two services by deploy/local/openapi's merge); every operation declares the problems
 * it can answer with, each as {@code application/problem+json} with the one {@code Problem} schema; a 201 declares
 * its {@code Location}; the document names its server, the front door, relative to where it was read from.
 *
 * <p>Registered as {@code mp.openapi.filter}; Quarkus runs it when it builds the document, so it may use nothing
 * but the model. Which problems an operation declares follows from what the shared mechanism answers (see
 * {@code rest/problem} and {@code security}): anyone may send a bad parameter (400), no or an expired token (401),
 * a role not allowed (403), too many requests (429) or meet a failure (500; 503 while the database is away); a path
 * with ids may name one not found or not in the network (404); a body may be too large (413), of another media type (415) or name objects
 * that do not exist (422); a change may conflict with the state (409); an {@code If-Match} may be missing (428) or
 * stale (412). A response an annotation describes with a body stays as it is.
 */
public class ClientContract implements OASFilter {

    /** The statuses, each with the response that describes it under {@code #/components/responses/}. */
    private static final Map<String, String> PROBLEMS = Map.ofEntries(
            Map.entry("400", "BadRequest: A parameter or a field of the body broke its rules; errors[] names each"),
            Map.entry("401", "Unauthorized: No token, or one that is invalid or expired"),
            Map.entry("403", "Forbidden: The token's role may not do this, or the browser's origin is not allowed"),
            Map.entry("404", "NotFound: Nothing with this id in the network (the same for another network's)"),
            Map.entry("409", "Conflict: The change does not fit the current state"),
            Map.entry("412", "PreconditionFailed: The If-Match names a version that is no longer current"),
            Map.entry("413", "ContentTooLarge: The body is larger than the service accepts"),
            Map.entry("415", "UnsupportedMediaType: The body is not application/json"),
            Map.entry("422", "UnprocessableContent: The body names an object that is not in the network"),
            Map.entry("428", "PreconditionRequired: The change needs an If-Match with the version read"),
            Map.entry("429", "TooManyRequests: Too many requests; Retry-After says when to try again"),
            Map.entry("500", "InternalServerError: The service failed; the problem says no more"),
            Map.entry("503", "ServiceUnavailable: The database is not reachable now; Retry-After says when to try again"));

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String NETWORK_PATHS = "/api/v1/networks/";
    private static final String READ_AFTER = "ReadAfter";
    private static final String PREFER_POSITION = "PreferPosition";
    private static final String POSITION = "NetzwerkPosition";
    private static final String PREFERENCE_APPLIED = "PreferenceApplied";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        declareProblemResponses(openAPI.getComponents());
        declarePositionHeaders(openAPI.getComponents());
        sameDateSchema(openAPI.getComponents());
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                    (method, operation) -> describe(path, method, item, operation)));
            requireUniqueOperationIds(openAPI);
        }
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The front door, which routes each path to the service that owns it")));
    }

    /**
     * A field that may be null and whose type is a named schema (an enum, a UUID, a date) is written by SmallRye as
     * {@code anyOf: [{$ref}, {type: null}]} with the referenced schema's basic type repeated beside it; generators then
     * join both into {@code string | Band | null}, which is {@code string | null}: the enum is lost. The {@code anyOf}
     * alone says it.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty() && schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }

    private static void describe(String path, PathItem.HttpMethod method, PathItem item, Operation operation) {
        operation.setOperationId(operationId(operation.getOperationId()));
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        for (String status : problemsOf(path, method, item, operation)) {
            APIResponse declared = responses.getAPIResponse(status);
            // Quarkus adds 400, 401 and 403 without a body; a response an annotation describes stays as it is.
            if (declared == null || declared.getRef() == null && declared.getContent() == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse()
                        .ref("#/components/responses/" + responseName(status)));
            }
        }
        describeCreated(responses);
        if (path.startsWith(NETWORK_PATHS)) {
            describePositions(method, operation, responses);
        }
    }

    /**
     * Reading your own writes (see {@code position/}): any request of a network may wait for a position
     * ({@code Netzwerk-Read-After}, 409 when not reached in time), and a write may ask for the position of its
     * events ({@code Prefer: position}), answered in {@code Netzwerk-Position} once they are published.
     */
    private static void describePositions(PathItem.HttpMethod method, Operation operation, APIResponses responses) {
        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + READ_AFTER));
        if (responses.getAPIResponse("409") == null) {
            responses.addAPIResponse("409", OASFactory.createAPIResponse()
                    .ref("#/components/responses/" + responseName("409")));
        }
        if (method == PathItem.HttpMethod.GET) {
            return;
        }
        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + PREFER_POSITION));
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getRef() == null) {
                response.addHeader("Netzwerk-Position", OASFactory.createHeader()
                        .ref("#/components/headers/" + POSITION));
                response.addHeader("Preference-Applied", OASFactory.createHeader()
                        .ref("#/components/headers/" + PREFERENCE_APPLIED));
            }
        });
    }

    private static void declarePositionHeaders(Components components) {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        components.addParameter(READ_AFTER, OASFactory.createParameter().name("Netzwerk-Read-After")
                .in(Parameter.In.HEADER).required(false).schema(text)
                .example("partner-events:0:17,partner-events:2:4")
                .description("A Netzwerk-Position another service answered: wait (at most a few seconds) until this "
                        + "service has seen those events, else 409 position.not-reached with Retry-After"));
        components.addParameter(PREFER_POSITION, OASFactory.createParameter().name("Prefer")
                .in(Parameter.In.HEADER).required(false).schema(text).example("position")
                .description("position: answer the position of this write's events in Netzwerk-Position, once they "
                        + "are published (absent when they were not published within a few seconds)"));
        components.addHeader(POSITION, OASFactory.createHeader().schema(text)
                .description("Where this write's events are, to send as Netzwerk-Read-After to another service; "
                        + "only when asked for with Prefer: position and the write published events"));
        components.addHeader(PREFERENCE_APPLIED, OASFactory.createHeader().schema(text)
                .description("position, when Netzwerk-Position is answered"));
    }

    /**
     * An operation that creates something declares it with {@code @APIResponse(responseCode = "201", …)} and the
     * body's schema (the scan alone documents 200); the {@code Location} header it answers with is added here,
     * unless the annotation names the headers itself (a calendar feed's link is not a resource one can read).
     */
    private static void describeCreated(APIResponses responses) {
        APIResponse created = responses.getAPIResponse("201");
        if (created != null && (created.getHeaders() == null || created.getHeaders().isEmpty())) {
            created.addHeader("Location", OASFactory.createHeader().required(true)
                    .description("The URL of what was created")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")));
        }
    }

    /** The operationIds must be unique; a method name used twice in a resource needs its own. */
    private static void requireUniqueOperationIds(OpenAPI openAPI) {
        Map<String, String> seen = new HashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String previous = seen.put(operation.getOperationId(), method + " " + path);
            if (previous != null) {
                throw new IllegalStateException("operationId " + operation.getOperationId() + " of " + method + " "
                        + path + " is also " + previous + "'s: give one @Operation(operationId = …)");
            }
        }));
    }

    /** {@code PartnerResource_list} → {@code partnerList}: the resource (without "Resource") and the method. */
    static String operationId(String generated) {
        if (generated == null || !generated.contains("_")) {
            return generated;
        }
        String type = generated.substring(0, generated.lastIndexOf('_'));
        type = type.substring(type.lastIndexOf('.') + 1).replaceFirst("Resource$", "");
        String method = generated.substring(generated.lastIndexOf('_') + 1);
        return type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1)
                + method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1);
    }

    private static TreeSet<String> problemsOf(String path, PathItem.HttpMethod method, PathItem item, Operation operation) {
        TreeSet<String> statuses = new TreeSet<>(List.of("400", "401", "403", "429", "500", "503"));
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (method != PathItem.HttpMethod.GET) {
            statuses.add("409");
        }
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of("413", "415", "422"));
        }
        if (hasHeader(item.getParameters(), "If-Match") || hasHeader(operation.getParameters(), "If-Match")) {
            statuses.addAll(List.of("412", "428"));
        }
        return statuses;
    }

    private static boolean hasHeader(List<Parameter> parameters, String name) {
        return parameters != null && parameters.stream().anyMatch(parameter ->
                parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(parameter.getName()));
    }

    /**
     * SmallRye gives the shared {@code LocalDate} schema an example, but not where the first use it meets carries
     * its own {@code @Schema}; every service's is the same here, so that the merged document can have one.
     */
    private static void sameDateSchema(Components components) {
        Schema date = components.getSchemas() == null ? null : components.getSchemas().get("LocalDate");
        if (date != null && (date.getExamples() == null || date.getExamples().isEmpty())) {
            date.setExamples(List.of("2022-03-10"));
        }
    }

    private static void declareProblemResponses(Components components) {
        Schema problem = OASFactory.createSchema().ref("#/components/schemas/Problem");
        PROBLEMS.forEach((status, nameAndDescription) -> components.addResponse(responseName(status),
                OASFactory.createAPIResponse()
                        .description(nameAndDescription.substring(nameAndDescription.indexOf(':') + 2))
                        .content(problemContent(problem))));
    }

    private static Content problemContent(Schema problem) {
        MediaType mediaType = OASFactory.createMediaType().schema(problem);
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE, mediaType);
    }

    private static String responseName(String status) {
        String nameAndDescription = PROBLEMS.get(status);
        return nameAndDescription.substring(0, nameAndDescription.indexOf(':'));
    }
}
