package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.rest.problem.InvalidParameterException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads UUID, date-time and enum query parameters so that a bad value is a 400 naming the parameter (and, for enums,
 * the values allowed), instead of the 404 that JAX-RS answers by default for an unconvertible query value.
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
            return (ParamConverter<T>) new Converter<>(name, "must be a UUID", UUID::fromString);
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T00:00:00+01:00",
                    OffsetDateTime::parse);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return new Converter<>(name, "must be one of " + allowed, value -> (T) Enum.valueOf(type, value));
        }
        return null;
    }

    private record Converter<T>(String parameter, String expectation, Function<String, T> parse)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new InvalidParameterException(parameter, expectation);
            }
        }

        @Override
        public String toString(T value) {
            return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
        }
    }
}
