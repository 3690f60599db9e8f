package de.netzwerk.partner.service;

import de.netzwerk.partner.ConsentPurpose;
import de.netzwerk.partner.ContactChannel;
import de.netzwerk.partner.ContactLevel;
import de.netzwerk.partner.ContactSource;
import de.netzwerk.partner.ExchangeKind;
import de.netzwerk.partner.ExchangeMatchStatus;
import de.netzwerk.partner.ExchangeSide;
import de.netzwerk.partner.rules.CooperationStatus;
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
        List<Membership> memberships, List<Contact> contactLog, List<Goal> goals, Leaving leaving, Exchange exchange,
        List<Cooperation> cooperations, List<SignupEntry> signups) {

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
     * Their part in the resource exchange: their offers and needs in their words, and the matches of them — which side
     * they are on and how far it got, without the other partner.
     */
    public record Exchange(List<ExchangeEntry> offers, List<ExchangeEntry> needs, List<ExchangeMatch> matches) {
    }

    public record ExchangeEntry(UUID id, ExchangeKind kind, String description, List<String> tags, LocalDate validUntil,
            UUID meetingId, String postedBy, OffsetDateTime postedAt) {
    }

    /** {@code side}: OFFER where it was their offer, NEED where their need. */
    public record ExchangeMatch(UUID id, ExchangeSide side, UUID offerId, UUID needId, ExchangeKind kind,
            ExchangeMatchStatus status, OffsetDateTime proposedAt, OffsetDateTime agreedAt, OffsetDateTime completedAt,
            OffsetDateTime withdrawnAt) {
    }

    /**
     * Leaving the network and what it does to the contact data: when they left, whether they consented to stay
     * listed, when email and phone are (or were) removed.
     */
    public record Leaving(OffsetDateTime leftAt, boolean stayListed, LocalDate contactDataRemovedFrom,
            OffsetDateTime contactDataRemovedAt, List<String> removedFields) {
    }

    /** A cooperation they take part in, with its purpose and what they contribute (issue 15, item 2). */
    public record Cooperation(UUID cooperationId, String purpose, CooperationStatus status, LocalDate startsOn,
            LocalDate endsOn, LocalDate endedOn, String contribution) {
    }

    /** A Thementisch they signed up at: which group, when, by whom entered (issue 15, item 3). */
    public record SignupEntry(UUID signupId, UUID groupId, OffsetDateTime enteredAt, String enteredBy,
            boolean partnerCreated, boolean membershipStarted) {
    }
}
