package de.netzwerk.engagement.rest.input;

import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.rest.problem.InvalidParameterException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads UUID, number, date, date-time and enum query parameters so that a bad value is a 400 naming the
 * parameter (and, for enums, the values allowed), instead of the 404 that JAX-RS answers by default for an
 * unconvertible query value. Dates must lie within {@link InputRules}' years.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(QueryParam.class::cast)
                .map(QueryParam::value).findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(name, Text.of("parameter.uuid"), UUID::fromString);
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name, Text.of("parameter.whole-number"), Integer::valueOf);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, Text.of("parameter.date"),
                    text -> bounded(LocalDate.parse(text)));
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) new Converter<>(name, Text.of("parameter.date-time"),
                    text -> bounded(OffsetDateTime.parse(text)));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return new Converter<>(name, Text.of("parameter.one-of", allowed), value -> (T) Enum.valueOf(type, value));
        }
        return null;
    }

    private static <T extends Temporal> T bounded(T value) {
        if (!InputRules.inRange(value)) {
            throw new OutOfRange();
        }
        return value;
    }

    /** A date or time that was read but lies outside {@link InputRules}' years. */
    private static final class OutOfRange extends DateTimeException {

        OutOfRange() {
            super("outside the accepted years");
        }
    }

    private record Converter<T>(String parameter, Text expectation, Function<String, T> parse)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeException e) {
                Text reason = e instanceof OutOfRange ? InputRules.yearRange() : expectation;
                throw new InvalidParameterException(parameter, reason);
            }
        }

        @Override
        public String toString(T value) {
            return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
        }
    }
}
