package de.netzwerk.partner.service;

import de.netzwerk.partner.PartnerStatus;

/**
 * Who reads a partner's email and phone. Integrations (municipal systems) never read them once the partner left —
 * not even during the grace period before they are removed, which is the coordinators' time to settle what is open.
 */
public final class ContactDataVisibility {

    private ContactDataVisibility() {
    }

    /** The kinds of caller the rule tells apart; a caller with the coordinator role is a coordinator. */
    public enum Reader {
        COORDINATOR,
        MEMBER,
        INTEGRATION
    }

    public static boolean visible(Reader reader, PartnerStatus status) {
        return !(reader == Reader.INTEGRATION && status == PartnerStatus.LEFT);
    }
}
