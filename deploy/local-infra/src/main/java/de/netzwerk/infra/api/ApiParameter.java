package de.netzwerk.infra.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parameter of an operation.
 *
 * @param in     {@code path}, {@code query} or {@code header}
 * @param schema the parameter's schema, {@code $ref}s resolved
 */
public record ApiParameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {

    boolean isPath() {
        return "path".equals(in);
    }

    boolean isQuery() {
        return "query".equals(in);
    }

    boolean isHeader() {
        return "header".equals(in);
    }

    boolean isNetwork() {
        return isPath() && ApiOperation.NETWORK.equals(name);
    }

    boolean isUuid() {
        return Schemas.isUuid(schema);
    }
}
