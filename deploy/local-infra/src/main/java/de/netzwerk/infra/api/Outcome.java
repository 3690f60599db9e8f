package de.netzwerk.infra.api;

/** What a role is expected to get from an operation, as the role matrix states it. */
public enum Outcome {

    /** Any 2xx. */
    ALLOWED,
    /** 403: the caller is known to be in the network but may not do this. */
    FORBIDDEN,
    /** 404: the network or the object is not the caller's to see. */
    HIDDEN,
    /** 401: no valid token. */
    UNAUTHENTICATED;

    boolean matches(int status) {
        return switch (this) {
            case ALLOWED -> status >= 200 && status < 300;
            case FORBIDDEN -> status == 403;
            case HIDDEN -> status == 404;
            case UNAUTHENTICATED -> status == 401;
        };
    }

    @Override
    public String toString() {
        return switch (this) {
            case ALLOWED -> "ALLOWED (2xx)";
            case FORBIDDEN -> "FORBIDDEN (403)";
            case HIDDEN -> "HIDDEN (404)";
            case UNAUTHENTICATED -> "UNAUTHENTICATED (401)";
        };
    }
}
