package de.netzwerk.task.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads Netzwerk's own claims from a verified token. */
public final class TokenClaims {

    /** The networks the caller may act in. */
    public static final String NETWORKS = "networks";
    /** A member's own partner id. */
    public static final String PARTNER_ID = "partner_id";

    private TokenClaims() {
    }

    public static Set<String> networks(Principal principal) {
        if (!(principal instanceof JsonWebToken token)) {
            return Set.of();
        }
        Object claim = token.getClaim(NETWORKS);
        if (claim instanceof JsonArray array) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return Set.of();
    }

    public static Optional<String> partnerId(Principal principal) {
        if (principal instanceof JsonWebToken token) {
            return Optional.ofNullable(token.<Object>getClaim(PARTNER_ID))
                    .map(value -> value instanceof JsonString string ? string.getString() : String.valueOf(value));
        }
        return Optional.empty();
    }
}
