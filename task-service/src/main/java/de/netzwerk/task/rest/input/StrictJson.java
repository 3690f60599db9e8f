package de.netzwerk.task.rest.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Set;

/**
 * Reads request bodies strictly: one JSON value and nothing after it, every key once, no text that cannot be
 * stored, no date outside {@link InputRules}' years, no period beyond its bounds. What is refused here answers
 * 400 naming the field, through {@link RefusedValueException}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private static final Set<Class<?>> DATED = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        SimpleModule module = new SimpleModule("netzwerk-strict-input");
        module.addDeserializer(String.class, new StorableText());
        module.setDeserializerModifier(new BoundedTemporals());
        mapper.registerModule(module);
    }

    /** Text that PostgreSQL can store and that is valid Unicode. */
    static final class StorableText extends StdScalarDeserializer<String> {

        StorableText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                var problem = InputRules.textProblem(text);
                if (problem.isPresent()) {
                    throw new RefusedValueException(parser, problem.get());
                }
            }
            return text;
        }
    }

    /** Wraps the java.time deserializers so that dates and periods are checked once they are read. */
    static final class BoundedTemporals extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (DATED.contains(type) || type == Period.class) {
                return new BoundedValue(deserializer);
            }
            return deserializer;
        }
    }

    static final class BoundedValue extends com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer {

        BoundedValue(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedValue(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof Period period && !InputRules.periodInRange(period)) {
                throw new RefusedValueException(parser, InputRules.periodRange());
            }
            if (value instanceof Temporal temporal && !InputRules.inRange(temporal)) {
                throw new RefusedValueException(parser, InputRules.yearRange());
            }
            return value;
        }
    }
}
