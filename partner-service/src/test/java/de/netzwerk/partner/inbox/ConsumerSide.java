package de.netzwerk.partner.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.netzwerk.partner.rest.input.StrictJson;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The consumer's reading of an event without booting the service, for the consumer contract tests: the real
 * {@link EventPayloads} over an {@link ObjectMapper} configured as Quarkus configures the service's (its defaults:
 * unknown properties tolerated, modules on the classpath, ISO dates; then the service's own {@link StrictJson}) and a
 * real Bean Validation validator. A record the example does not fit fails here as it fails in the service.
 */
public final class ConsumerSide {

    private static final ObjectMapper JSON = json();
    private static final EventPayloads PAYLOADS = new EventPayloads(JSON, validator());

    private ConsumerSide() {
    }

    public static EventPayloads payloads() {
        return PAYLOADS;
    }

    /** For reading the producer's examples and schemas. */
    public static ObjectMapper objectMapper() {
        return JSON;
    }

    private static ObjectMapper json() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static Validator validator() {
        // Messages without expression language, which only Quarkus brings: the contract needs the verdict, not the words.
        return Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }
}
