package de.netzwerk.meeting.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.netzwerk.meeting.language.Messages;
import de.netzwerk.meeting.language.Text;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/**
 * An error as RFC 9457 problem details. {@code code} names the problem for apps that translate themselves;
 * {@code title} and {@code detail} say it in the request's language. {@code errors} names each field that failed,
 * with the rule it broke.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(@Schema(required = true) String type,
        @Schema(required = true, description = "What went wrong, as a stable code (see README, Errors and languages)", examples = "partner.not-found")
        String code,
        @Schema(required = true) String title, @Schema(required = true) int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The problem of a request that failed the rules of its fields; its errors say which. */
    public static final String INVALID_INPUT = "input.invalid";

    @Schema(name = "FieldError")
    public record FieldError(@Schema(required = true) String field,
            @Schema(required = true, description = "The rule the value broke: a constraint's name such as NotBlank or Size, or one of the service's rules", examples = "NotBlank")
            String code,
            @Schema(required = true) String message) {

        public static FieldError of(String field, Text rule, Locale locale) {
            return new FieldError(field, rule.code(), Messages.render(rule, locale));
        }
    }

    /** A problem whose code is its detail's. */
    public static Problem of(int status, Text detail, List<FieldError> errors, Locale locale) {
        return of(status, detail.code(), detail, errors, locale);
    }

    public static Problem of(int status, String code, Text detail, List<FieldError> errors, Locale locale) {
        return new Problem("about:blank", code, title(status, locale), status,
                detail == null ? null : Messages.render(detail, locale), null, errors);
    }

    /** 400 for fields that broke their rules: the detail names the fields, the errors each rule. */
    public static Problem invalid(List<FieldError> errors, Locale locale) {
        String fields = String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
        return of(400, INVALID_INPUT, Text.of("input.invalid", fields), errors, locale);
    }

    /** 404 for a kind of thing (partner, group …) not found: the same for one of another network as for none. */
    public static Problem notFound(String kind, String id, Locale locale) {
        String code = kind.replace(' ', '-');
        return of(404, code + ".not-found", Text.of("not-found", kindName(code), id), null, locale);
    }

    /** The name of a kind of thing in the language, for texts that mention one. */
    public static Text kindName(String kind) {
        String code = "kind." + kind.replace(' ', '-');
        return Messages.has(code) ? Text.of(code) : Text.of("kind.unnamed", kind);
    }

    public Problem at(UriInfo uriInfo) {
        return at(uriInfo.getRequestUri().getRawPath());
    }

    public Problem at(String path) {
        return new Problem(type, code, title, status, detail, path, errors);
    }

    public Response toResponse(UriInfo uriInfo) {
        return Response.status(status).type(MEDIA_TYPE).entity(at(uriInfo)).build();
    }

    /** The title of a status in the language: {@code Nicht gefunden}, {@code Not Found}. */
    public static String title(int status, Locale locale) {
        String code = "status." + status;
        if (Messages.has(code)) {
            return Messages.render(Text.of(code), locale);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? null : known.getReasonPhrase();
    }
}
