package de.netzwerk.engagement.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An error as RFC 9457 problem details. {@code errors} names each field that failed validation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public static Problem notFound(String kind, String id) {
        return of(Response.Status.NOT_FOUND, "%s '%s' was not found.".formatted(capitalised(kind), id));
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem("about:blank", "Bad Request", 400, detail, null, errors);
    }

    public Problem at(UriInfo uriInfo) {
        return new Problem(type, title, status, detail, uriInfo.getRequestUri().getRawPath(), errors);
    }

    public Response toResponse(UriInfo uriInfo) {
        return Response.status(status).type(MEDIA_TYPE).entity(at(uriInfo)).build();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
