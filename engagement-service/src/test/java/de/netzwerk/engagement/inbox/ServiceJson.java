package de.netzwerk.engagement.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.netzwerk.engagement.rest.input.StrictJson;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The event readers as the service builds them, without booting it: Quarkus' JSON defaults (unknown properties
 * ignored, java.time as text) with the service's own {@link StrictJson}, and Bean Validation. Contract tests read
 * the producers' examples through them in milliseconds.
 */
final class ServiceJson {

    private ServiceJson() {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new StrictJson().customize(mapper);
        return mapper;
    }

    static EventPayloads payloads() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        return new EventPayloads(mapper(), validator);
    }

    static EventReaders readers() {
        return new EventReaders(payloads());
    }
}
