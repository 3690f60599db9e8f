package de.netzwerk.partner.service;

import de.netzwerk.partner.ConsentPurpose;
import de.netzwerk.partner.ContactChannel;
import de.netzwerk.partner.ContactLevel;
import de.netzwerk.partner.ContactSource;
import de.netzwerk.partner.GroupKind;
import de.netzwerk.partner.MembershipRole;
import de.netzwerk.partner.PartnerKind;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * partner-service's part of a personal-data export: everything it holds about the partner, as it stood when the
 * export was requested. Stored with the export as JSON and answered as it was stored. Names no other partner: the
 * partner who looks after them and the authors of consents are what the partner's own records say.
 */
public record PartnerPart(Profile profile, Consents consents, List<ConsentAnswer> consentHistory,
        List<Membership> memberships, List<Contact> contactLog, List<Goal> goals, Leaving leaving) {

    public record Profile(UUID id, PartnerKind kind, Sector sector, String name, String email, String phone,
            List<String> expertise, String interests, String offers, PartnerStatus status,
            UUID responsiblePartnerId, OffsetDateTime registeredAt, OffsetDateTime updatedAt) {
    }

    /** The current answers. */
    public record Consents(Answer contact, Answer listing, Answer stayListed) {
    }

    public record Answer(boolean given, OffsetDateTime recordedAt, String recordedBy) {
    }

    /** One answer of the consent history. */
    public record ConsentAnswer(ConsentPurpose purpose, boolean given, OffsetDateTime recordedAt, String recordedBy) {
    }

    /** A membership, current or ended; the group's name and kind are the network's. */
    public record Membership(UUID groupId, String groupName, GroupKind groupKind, MembershipRole role,
            LocalDate joinedOn, LocalDate leftOn, boolean introductoryTalkDone) {
    }

    /** An entry of the contact log, with its note. */
    public record Contact(LocalDate contactedOn, OffsetDateTime contactedAt, ContactChannel channel, ContactLevel level,
            String madeBy, String note, ContactSource source, UUID alertId, OffsetDateTime recordedAt) {
    }

    /** A strategic goal that names the partner: as the one who looks after it, or as an actor it needs. */
    public record Goal(UUID goalId, String title, boolean responsible, List<ActorNeed> neededFor) {
    }

    public record ActorNeed(String purpose, boolean keyActor) {
    }

    /**
     * Leaving the network and what it does to the contact data: when they left, whether they consented to stay
     * listed, when email and phone are (or were) removed.
     */
    public record Leaving(OffsetDateTime leftAt, boolean stayListed, LocalDate contactDataRemovedFrom,
            OffsetDateTime contactDataRemovedAt, List<String> removedFields) {
    }
}
