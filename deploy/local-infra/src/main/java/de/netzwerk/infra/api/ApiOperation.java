package de.netzwerk.infra.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One operation of the document.
 *
 * @param requestBody  the JSON request body's schema, {@code $ref}s resolved, or null when it takes none
 * @param bodyRequired whether the document requires the body
 * @param roles        the roles its {@code security} requirement names; empty when it names none
 */
public record ApiOperation(String method, String path, List<ApiParameter> parameters, JsonNode requestBody,
        boolean bodyRequired, List<String> roles) {

    /** The path parameter naming the tenant. */
    static final String NETWORK = "networkId";

    /** How tables and reports name the operation: {@code "PUT /api/v1/networks/{networkId}/…"}. */
    public String key() {
        return method + " " + path;
    }

    public boolean inNetwork() {
        return path.contains("{" + NETWORK + "}");
    }

    boolean isRead() {
        return "GET".equals(method);
    }

    List<ApiParameter> pathParameters() {
        return parameters.stream().filter(ApiParameter::isPath).toList();
    }

    /** The path parameters that name an object of the network (all but the network itself). */
    List<ApiParameter> objectParameters() {
        return pathParameters().stream().filter(parameter -> !parameter.isNetwork()).toList();
    }

    List<ApiParameter> queryParameters() {
        return parameters.stream().filter(ApiParameter::isQuery).toList();
    }

    List<ApiParameter> headerParameters() {
        return parameters.stream().filter(ApiParameter::isHeader).toList();
    }

    /**
     * The role that tries the operation in the isolation and fuzz tests: the most powerful one it allows within
     * a network, so that a refusal cannot come from a lack of rights.
     */
    Role caller() {
        for (Role role : List.of(Role.COORDINATOR, Role.INTEGRATION, Role.MEMBER, Role.OPERATOR)) {
            if (roles.contains(role.label())) {
                return role;
            }
        }
        return Role.COORDINATOR;
    }

    @Override
    public String toString() {
        return key();
    }
}
