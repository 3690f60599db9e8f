package de.netzwerk.engagement.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.netzwerk.engagement.database.DatabaseUnavailable;
import de.netzwerk.engagement.language.RequestLanguage;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.rest.input.RefusedValueException;
import de.netzwerk.engagement.service.ConflictException;
import de.netzwerk.engagement.service.InvalidRequestException;
import de.netzwerk.engagement.service.ResourceNotFoundException;
import de.netzwerk.engagement.service.StaleVersionException;
import de.netzwerk.engagement.service.UnknownReferenceException;
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
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every exception that reaches the HTTP boundary into {@code application/problem+json}.
 * Nothing internal (class names, stack traces, SQL) is written to the wire; unexpected errors are logged
 * with a reference the caller can quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final RequestLanguage language;

    ProblemMappers(RequestLanguage language) {
        this.language = language;
    }

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
    public Response invalidParameter(InvalidParameterException e, UriInfo uriInfo) {
        return invalid(e.parameter(), e.rule(), uriInfo);
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e, UriInfo uriInfo) {
        return Problem.notFound(e.kind(), e.id(), language.locale()).toResponse(uriInfo);
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uriInfo) {
        Locale locale = language.locale();
        return Problem.invalid(e.errors().stream()
                .map(error -> Problem.FieldError.of(error.field(), error.rule(), locale)).toList(), locale).toResponse(uriInfo);
    }

    @ServerExceptionMapper
    public Response unknownReference(UnknownReferenceException e, UriInfo uriInfo) {
        Locale locale = language.locale();
        return Problem.of(422, "reference.unknown", Text.of("reference.unknown", e.field()), List.of(Problem.FieldError.of(
                e.field(), Text.of("not-of-this-network", Problem.kindName(e.kind())), locale)), locale).toResponse(uriInfo);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uriInfo) {
        return problem(409, e.text(), uriInfo);
    }

    /** If-Match named a version that is no longer the stored one (RFC 9110: 412 Precondition Failed). */
    @ServerExceptionMapper
    public Response staleIfMatch(StaleVersionException e, UriInfo uriInfo) {
        return problem(412, e.text(), uriInfo);
    }

    /** A change without If-Match (RFC 6585: 428 Precondition Required). */
    @ServerExceptionMapper
    public Response versionMissing(PreconditionRequiredException e, UriInfo uriInfo) {
        return problem(428, e.text(), uriInfo);
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, UriInfo uriInfo) {
        return problem(409, Text.of("version.stale"), uriInfo);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(UriInfo uriInfo) {
        return Response.fromResponse(problem(401, Text.of("auth.required"), uriInfo))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uriInfo) {
        return problem(403, Text.of("role.forbidden"), uriInfo);
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
        return Problem.of(status.getStatusCode(), "http." + status.getStatusCode(), null, null, language.locale())
                .toResponse(uriInfo);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uriInfo) {
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warnf("The database is unavailable on %s: %s", uriInfo.getRequestUri().getRawPath(), e.getMessage());
            return Response.fromResponse(problem(503, Text.of("server.database-unavailable",
                    DatabaseUnavailable.RETRY_AFTER_SECONDS), uriInfo))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, uriInfo.getRequestUri().getRawPath());
        return problem(500, Text.of("server.error", reference), uriInfo);
    }

    private Response violations(ConstraintViolationException e, UriInfo uriInfo) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isOnReturnValue)) {
            return unexpected(e, uriInfo);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), constraintName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.invalid(errors, language.locale()).toResponse(uriInfo);
    }

    /** The constraint's name as the rule's code: {@code NotBlank}, {@code Size}, {@code TimeZoneId}. */
    private static String constraintName(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    private Response problem(int status, Text detail, UriInfo uriInfo) {
        return Problem.of(status, detail, null, language.locale()).toResponse(uriInfo);
    }

    private Response invalid(String field, Text rule, UriInfo uriInfo) {
        Locale locale = language.locale();
        return Problem.invalid(List.of(Problem.FieldError.of(field, rule, locale)), locale).toResponse(uriInfo);
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

    private Response unreadableJson(JsonProcessingException e, UriInfo uriInfo) {
        Locale locale = language.locale();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (e instanceof RefusedValueException refused) {
                return invalid(field, refused.rule(), uriInfo);
            }
            return Problem.of(400, Problem.INVALID_INPUT, Text.of("input.wrong-type"),
                    List.of(Problem.FieldError.of(field, Text.of("type.wrong"), locale)), locale).toResponse(uriInfo);
        }
        return problem(400, Text.of("input.unreadable"), uriInfo);
    }
}
