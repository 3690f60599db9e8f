package de.netzwerk.meeting.service;

import de.netzwerk.meeting.Partner;
import de.netzwerk.meeting.repository.PartnerGroupRepository;
import de.netzwerk.meeting.repository.PartnerRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Checks that the groups and partners a request names are of the caller's network, as this service's replicas of
 * partner-service know them. A field of the body naming anything else is answered 422 naming the field, an id in
 * the path 404: the same whether the id is of another network or of none, so that nobody learns what other
 * networks hold, and nothing of one network is ever recorded about another's partner.
 */
@ApplicationScoped
public class NetworkReferences {

    private final PartnerGroupRepository groups;
    private final PartnerRepository partners;

    NetworkReferences(PartnerGroupRepository groups, PartnerRepository partners) {
        this.groups = groups;
        this.partners = partners;
    }

    public void requireGroup(String networkId, UUID groupId, String field) {
        if (!groups.isOfNetwork(groupId, networkId)) {
            throw new UnknownReferenceException(field, "group");
        }
    }

    public void requireGroupInPath(String networkId, UUID groupId) {
        if (!groups.isOfNetwork(groupId, networkId)) {
            throw new ResourceNotFoundException("group", groupId);
        }
    }

    /** Guests are partners of the network who have not left it. */
    public void requireGuests(String networkId, List<UUID> guests) {
        Map<UUID, Partner> known = partners.inNetwork(networkId, guests);
        for (int i = 0; i < guests.size(); i++) {
            Partner guest = known.get(guests.get(i));
            if (guest == null || guest.hasLeft()) {
                throw new UnknownReferenceException("guests[%d]".formatted(i), "partner");
            }
        }
    }

    /** Partners of the network, also those who have left since: what they did before still counts. */
    public void requirePartners(String networkId, List<UUID> partnerIds, IntFunction<String> field) {
        Map<UUID, Partner> known = partners.inNetwork(networkId, partnerIds);
        for (int i = 0; i < partnerIds.size(); i++) {
            if (!known.containsKey(partnerIds.get(i))) {
                throw new UnknownReferenceException(field.apply(i), "partner");
            }
        }
    }

    /** A partner of the network, also one who has left since: what they did before still counts. */
    public void requirePartnerInPath(String networkId, UUID partnerId) {
        if (partners.findInNetwork(networkId, partnerId).isEmpty()) {
            throw new ResourceNotFoundException("partner", partnerId);
        }
    }
}
