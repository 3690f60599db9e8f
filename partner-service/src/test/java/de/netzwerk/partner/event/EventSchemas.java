package de.netzwerk.partner.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** The JSON Schemas this service publishes in {@code src/main/resources/asyncapi/schemas}. */
public final class EventSchemas {

    private EventSchemas() {
    }

    /** The violations of {@code payload} against the schema of {@code eventType}; empty when it conforms. */
    public static Set<ValidationMessage> violations(String eventType, JsonNode payload) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream schema = resource("asyncapi/schemas/" + eventType + ".json")) {
            JsonSchema jsonSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
            return jsonSchema.validate(payload);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static InputStream resource(String path) {
        InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("No " + path + " on the classpath");
        }
        return in;
    }
}
