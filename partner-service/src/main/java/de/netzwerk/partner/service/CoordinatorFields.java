package de.netzwerk.partner.service;

import de.netzwerk.partner.Partner;
import de.netzwerk.partner.service.command.PartnerCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parts of a partner's profile that are the coordinators' to decide: whether the partner is active, who in the
 * network looks after them, their key in the network's own system, and how the directory classifies them (kind and
 * sector, which the strategy's gaps and
 * other services' suggestions count). A member edits the rest of their own profile, their consents included, and
 * sends these back as they read them.
 */
public final class CoordinatorFields {

    private CoordinatorFields() {
    }

    /** The coordinators' fields, named as in the request, whose value {@code request} would change; empty if none. */
    public static List<String> changedBy(PartnerCommand request, Partner partner) {
        List<String> changed = new ArrayList<>();
        if (request.kind() != partner.kind) {
            changed.add("kind");
        }
        if (request.sector() != partner.sector) {
            changed.add("sector");
        }
        if (request.status() != null && request.status() != partner.status) {
            changed.add("status"); // an absent status keeps the current one
        }
        if (!Objects.equals(request.responsiblePartnerId(), partner.responsiblePartnerId)) {
            changed.add("responsiblePartnerId"); // an absent one would clear it
        }
        if (!Objects.equals(request.externalId(), partner.externalId)) {
            changed.add("externalId"); // the key of the network's own system; an absent one would clear it
        }
        return changed;
    }
}
