package de.netzwerk.infra.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a service answered, kept as text so that any answer can be judged. */
record ApiResponse(int status, String contentType, String body) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    boolean isClientError() {
        return status >= 400 && status < 500;
    }

    boolean isServerError() {
        return status >= 500;
    }

    /** Why this is not an RFC 9457 problem whose {@code status} is the HTTP status, or empty if it is one. */
    Optional<String> problemDefect() {
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return Optional.of("content type '" + contentType + "' is not application/problem+json");
        }
        Optional<JsonNode> problem = Json.tryParse(body);
        if (problem.isEmpty() || !problem.get().isObject()) {
            return Optional.of("body is not a JSON object: " + Json.abbreviate(body));
        }
        JsonNode status = problem.get().path("status");
        if (!status.isInt() || status.asInt() != this.status) {
            return Optional.of("problem status " + status + " differs from HTTP status " + this.status);
        }
        return Optional.empty();
    }

    /** The fields a problem names in {@code errors[].field}. */
    List<String> problemFields() {
        List<String> fields = new ArrayList<>();
        Json.tryParse(body).ifPresent(problem -> problem.path("errors").forEach(error -> fields.add(error.path("field").asText())));
        return fields;
    }

    String describe() {
        return status + " " + Json.abbreviate(body);
    }
}
