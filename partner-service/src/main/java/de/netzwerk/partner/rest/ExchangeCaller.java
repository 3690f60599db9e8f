package de.netzwerk.partner.rest;

import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.security.TokenClaims;
import de.netzwerk.partner.service.ExchangeService;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import java.util.UUID;

/** Who calls the exchange: a coordinator (or an integration, which only reads) for the whole network, a member for their own partner. */
final class ExchangeCaller {

    private ExchangeCaller() {
    }

    static ExchangeService.Actor of(SecurityIdentity caller) {
        String subject = caller.getPrincipal().getName();
        if (caller.hasRole(Roles.COORDINATOR) || !caller.hasRole(Roles.MEMBER)) {
            return ExchangeService.Actor.forNetwork(subject);
        }
        return ExchangeService.Actor.member(subject, TokenClaims.partnerId(caller.getPrincipal()).map(ExchangeCaller::uuid)
                .orElseThrow(() -> new ForbiddenException("A member's token names no partner")));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException("A member's token names no partner");
        }
    }
}
