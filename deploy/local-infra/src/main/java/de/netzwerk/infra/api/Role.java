package de.netzwerk.infra.api;

/** Who calls: the four roles a token can carry, and a caller without a token. */
public enum Role {

    COORDINATOR("coordinator"),
    MEMBER("member"),
    INTEGRATION("integration"),
    OPERATOR("operator"),
    ANONYMOUS("no token");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The name the OpenAPI document and the tokens use, or "no token". */
    public String label() {
        return label;
    }
}
