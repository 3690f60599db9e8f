package de.netzwerk.infra.api;

import de.netzwerk.infra.DevTokens;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A network prepared by a test, with one real object of each kind the API names in paths and bodies.
 *
 * @param networkId the network's id
 * @param ids       object ids by kind, named as the path parameters name them: {@code partnerId}, {@code groupId}, …
 * @param memberId  the partner a member's token speaks for
 */
public record Tenant(String networkId, Map<String, String> ids, String memberId) {

    public Tenant {
        ids = Map.copyOf(ids);
    }

    public static Tenant of(String networkId) {
        return new Tenant(networkId, Map.of(), null);
    }

    /** This tenant with one more object, or another object of a kind it had. */
    public Tenant with(String kind, String id) {
        Map<String, String> more = new LinkedHashMap<>(ids);
        more.put(kind, id);
        return new Tenant(networkId, more, memberId);
    }

    /** This tenant whose member tokens speak for the given partner. */
    public Tenant member(String partnerId) {
        return new Tenant(networkId, ids, partnerId);
    }

    public String id(String kind) {
        String id = ids.get(kind);
        if (id == null) {
            throw new CannotBuildCall("the fixture gives network " + networkId + " no " + kind);
        }
        return id;
    }

    Set<String> kinds() {
        return ids.keySet();
    }

    /** A token of this network for the role; none for {@link Role#ANONYMOUS}. Operators act in no network. */
    public String token(Role role) {
        return switch (role) {
            case COORDINATOR -> DevTokens.coordinator(networkId);
            case MEMBER -> DevTokens.member(networkId, memberId != null ? memberId : ids.get("partnerId"));
            case INTEGRATION -> DevTokens.integration(networkId);
            case OPERATOR -> DevTokens.operator();
            case ANONYMOUS -> null;
        };
    }
}
