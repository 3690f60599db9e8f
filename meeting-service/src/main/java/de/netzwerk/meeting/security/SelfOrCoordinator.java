package de.netzwerk.meeting.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import java.util.UUID;

/**
 * A member acts and reads for themselves only; a coordinator for any partner of the network (the network itself is
 * checked by {@link NetworkAccessFilter}). The one form of this check in every service that has it.
 */
public final class SelfOrCoordinator {

    private SelfOrCoordinator() {
    }

    /** Whether the caller may act for the partner; for a resource that answers "unknown" rather than "forbidden". */
    public static boolean allows(SecurityIdentity caller, UUID partnerId) {
        return caller.hasRole(Roles.COORDINATOR) || isSelf(caller, partnerId);
    }

    /** @throws ForbiddenException unless the caller may act for the partner */
    public static void require(SecurityIdentity caller, UUID partnerId) {
        if (!allows(caller, partnerId)) {
            throw new ForbiddenException();
        }
    }

    /** Whether the token names this partner as the caller. */
    public static boolean isSelf(SecurityIdentity caller, UUID partnerId) {
        return TokenClaims.partnerId(caller.getPrincipal()).filter(partnerId.toString()::equals).isPresent();
    }
}
