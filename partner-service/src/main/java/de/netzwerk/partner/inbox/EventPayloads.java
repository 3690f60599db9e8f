package de.netzwerk.partner.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Set;
import java.util.stream.Collectors;

/** Reads an event's JSON data into this service's own record of the fields it uses, and validates it. */
@ApplicationScoped
public class EventPayloads {

    private final ObjectMapper json;
    private final Validator validator;

    EventPayloads(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T read(IncomingEvent event, Class<T> type) {
        T payload;
        try {
            payload = json.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new UnprocessableEventException(event.type() + " data cannot be read: " + e.getOriginalMessage(), e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            throw new UnprocessableEventException(event.type() + " data fails validation: " + violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .sorted()
                    .collect(Collectors.joining(", ")));
        }
        return payload;
    }
}
