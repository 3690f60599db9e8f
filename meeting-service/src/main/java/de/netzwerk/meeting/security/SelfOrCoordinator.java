package de.netzwerk.meeting.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import java.util.UUID;

/** A member acts for themselves only; a coordinator may record on behalf of any partner of the network. */
public final class SelfOrCoordinator {

    private SelfOrCoordinator() {
    }

    public static void require(SecurityIdentity caller, UUID partnerId) {
        boolean coordinator = caller.hasRole(Roles.COORDINATOR);
        boolean self = TokenClaims.partnerId(caller.getPrincipal()).filter(partnerId.toString()::equals).isPresent();
        if (!coordinator && !self) {
            throw new ForbiddenException();
        }
    }
}
