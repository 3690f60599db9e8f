package de.netzwerk.engagement.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import java.util.Optional;
import java.util.UUID;

/**
 * Who sees whose engagement: coordinators and integrations the whole network (the network itself is checked by
 * {@link NetworkAccessFilter}); a member only their own score, explanation and alerts. What is said about a person's
 * circumstances is need to know ({@link #seesPersonalCircumstances}).
 */
public final class Visibility {

    private Visibility() {
    }

    public static boolean seesWholeNetwork(SecurityIdentity caller) {
        return caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.INTEGRATION);
    }

    /** The member's own partner id; empty for roles that see the whole network. */
    public static Optional<UUID> restrictedTo(SecurityIdentity caller) {
        if (seesWholeNetwork(caller)) {
            return Optional.empty();
        }
        return Optional.of(TokenClaims.partnerId(caller.getPrincipal()).map(Visibility::uuid)
                .orElseThrow(ForbiddenException::new));
    }

    /**
     * Whether the caller may read what is said about a person's circumstances: why they pause (illness is health
     * data), the coordinator's note on the pause, the notes of an alert's follow-up. Coordinators may, and a member
     * about themselves (the only partner they see); integrations (municipal systems) see that a partner pauses and
     * when, and how an alert was followed up, but never why or what was noted (issue 14, item 5).
     */
    public static boolean seesPersonalCircumstances(SecurityIdentity caller) {
        return caller.hasRole(Roles.COORDINATOR) || !caller.hasRole(Roles.INTEGRATION);
    }

    /**
     * Whether the caller may read something about the partner (an alert, a case): roles that see the whole network
     * may, a member only about themselves. A null partner (a group's alert) is no member's own.
     */
    public static boolean seesAbout(SecurityIdentity caller, UUID partnerId) {
        return restrictedTo(caller).map(own -> own.equals(partnerId)).orElse(true);
    }

    /** @throws ForbiddenException unless the caller {@linkplain #seesAbout sees about} the partner */
    public static void requireSelfOrNetworkWide(SecurityIdentity caller, UUID partnerId) {
        if (!seesAbout(caller, partnerId)) {
            throw new ForbiddenException();
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException();
        }
    }
}
