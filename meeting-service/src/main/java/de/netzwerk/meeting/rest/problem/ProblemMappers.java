package de.netzwerk.meeting.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.netzwerk.meeting.rest.input.RefusedValueException;
import de.netzwerk.meeting.service.ConflictException;
import de.netzwerk.meeting.service.InvalidFieldException;
import de.netzwerk.meeting.service.ResourceNotFoundException;
import de.netzwerk.meeting.service.UnknownReferenceException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns every exception that reaches the HTTP boundary into {@code application/problem+json}.
 * Nothing internal (class names, stack traces, SQL) is written to the wire; unexpected errors are logged
 * with a reference the caller can quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Pattern CALENDAR_FEED_SECRET = Pattern.compile("(/calendar/feeds/)[^/]*");

    @ServerExceptionMapper
    public Response invalidRequest(ResteasyReactiveViolationException e, UriInfo uriInfo) {
        return violations(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response invalidValue(ConstraintViolationException e, UriInfo uriInfo) {
        return violations(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uriInfo) {
        return unreadableJson(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uriInfo) {
        return unreadableJson(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e, UriInfo uriInfo) {
        return Problem.invalid("Invalid value for: " + e.field() + ".",
                List.of(new Problem.FieldError(e.field(), e.getMessage()))).toResponse(uriInfo);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uriInfo) {
        return Problem.invalid("Invalid value for: " + e.parameter() + ".",
                List.of(new Problem.FieldError(e.parameter(), e.getMessage()))).toResponse(uriInfo);
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e, UriInfo uriInfo) {
        return Problem.notFound(e.kind(), e.id()).toResponse(uriInfo);
    }

    @ServerExceptionMapper
    public Response unknownReference(UnknownReferenceException e, UriInfo uriInfo) {
        return new Problem("about:blank", "Unprocessable Content", 422, "Invalid reference in: " + e.field() + ".",
                null, List.of(new Problem.FieldError(e.field(), e.getMessage()))).toResponse(uriInfo);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uriInfo) {
        return Problem.of(Status.CONFLICT, e.getMessage()).toResponse(uriInfo);
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, UriInfo uriInfo) {
        return Problem.of(Status.CONFLICT, "Someone else changed this resource; read it again and retry.")
                .toResponse(uriInfo);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(UriInfo uriInfo) {
        return Response.fromResponse(Problem.of(Status.UNAUTHORIZED, "A valid bearer token is required.").toResponse(uriInfo))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uriInfo) {
        return Problem.of(Status.FORBIDDEN, "Your role may not do this.").toResponse(uriInfo);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uriInfo) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uriInfo);
        }
        Status status = Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null || status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            return unexpected(e, uriInfo);
        }
        return Problem.of(status, null).toResponse(uriInfo);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uriInfo) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, loggable(uriInfo.getRequestUri().getRawPath()));
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Reference: " + reference)
                .toResponse(uriInfo);
    }

    private Response violations(ConstraintViolationException e, UriInfo uriInfo) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isOnReturnValue)) {
            return unexpected(e, uriInfo);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return Problem.invalid("Invalid value for: " + fields + ".", errors).toResponse(uriInfo);
    }

    /** The path without a calendar feed's secret: a log is read by more people than may read the feed. */
    private static String loggable(String path) {
        return CALENDAR_FEED_SECRET.matcher(path).replaceAll("$1(secret)");
    }

    /** A response of ours broke its own contract: our fault, not the caller's. */
    private static boolean isOnReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** The field as the caller wrote it: {@code name}, not {@code create.request.name}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        return names.isEmpty() ? String.valueOf(parameter) : String.join(".", names);
    }

    private static Response unreadableJson(JsonProcessingException e, UriInfo uriInfo) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (e instanceof RefusedValueException refused) {
                return Problem.invalid("Invalid value for: " + field + ".",
                        List.of(new Problem.FieldError(field, refused.reason()))).toResponse(uriInfo);
            }
            return Problem.invalid("The request body has a value of the wrong type.",
                    List.of(new Problem.FieldError(field, "has the wrong type or format"))).toResponse(uriInfo);
        }
        return Problem.invalid("The request body is not valid JSON.", null).toResponse(uriInfo);
    }
}
