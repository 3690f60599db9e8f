package de.netzwerk.partner.service;

import de.netzwerk.partner.Consent;
import de.netzwerk.partner.Membership;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerGroup;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.StrategicGoal;
import de.netzwerk.partner.config.LeftPartnersConfig;
import de.netzwerk.partner.repository.ConsentRepository;
import de.netzwerk.partner.repository.ContactRepository;
import de.netzwerk.partner.repository.GoalRepository;
import de.netzwerk.partner.repository.GroupRepository;
import de.netzwerk.partner.repository.MembershipRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads partner-service's part of a partner's personal-data export: see {@link PartnerPart}. */
@ApplicationScoped
public class PartnerParts {

    private final ConsentRepository consents;
    private final MembershipRepository memberships;
    private final GroupRepository groups;
    private final ContactRepository contacts;
    private final GoalRepository goals;
    private final LeftPartnersConfig leftPartners;

    PartnerParts(ConsentRepository consents, MembershipRepository memberships, GroupRepository groups,
            ContactRepository contacts, GoalRepository goals, LeftPartnersConfig leftPartners) {
        this.consents = consents;
        this.memberships = memberships;
        this.groups = groups;
        this.contacts = contacts;
        this.goals = goals;
        this.leftPartners = leftPartners;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PartnerPart of(Partner partner) {
        return new PartnerPart(profile(partner),
                new PartnerPart.Consents(answer(partner.contactConsent), answer(partner.listingConsent),
                        answer(partner.stayListedConsent)),
                consents.ofPartner(partner.networkId, partner.id).list().stream()
                        .map(record -> new PartnerPart.ConsentAnswer(record.purpose, record.given, record.recordedAt,
                                record.recordedBy))
                        .toList(),
                memberships(partner), contactLog(partner), goals(partner), leaving(partner));
    }

    private static PartnerPart.Profile profile(Partner partner) {
        return new PartnerPart.Profile(partner.id, partner.kind, partner.sector, partner.name, partner.email,
                partner.phone, List.copyOf(partner.expertise), partner.interests, partner.offers, partner.status,
                partner.responsiblePartnerId, partner.createdAt, partner.updatedAt);
    }

    private static PartnerPart.Answer answer(Consent consent) {
        return new PartnerPart.Answer(consent.given, consent.recordedAt, consent.recordedBy);
    }

    private List<PartnerPart.Membership> memberships(Partner partner) {
        List<Membership> all = memberships.list("networkId = ?1 and partnerId = ?2",
                Sort.by("joinedOn").and("groupId"), partner.networkId, partner.id);
        Set<UUID> groupIds = all.stream().map(membership -> membership.groupId).collect(Collectors.toSet());
        Map<UUID, PartnerGroup> byId = groupIds.isEmpty() ? Map.of()
                : groups.list("networkId = ?1 and id in ?2", partner.networkId, groupIds).stream()
                        .collect(Collectors.toMap(group -> group.id, Function.identity()));
        return all.stream().map(membership -> {
            PartnerGroup group = byId.get(membership.groupId);
            return new PartnerPart.Membership(membership.groupId, group == null ? null : group.name,
                    group == null ? null : group.kind, membership.role, membership.joinedOn, membership.leftOn,
                    membership.introductoryTalkDone);
        }).toList();
    }

    private List<PartnerPart.Contact> contactLog(Partner partner) {
        return contacts.ofPartner(partner.id).list().stream()
                .filter(entry -> entry.networkId.equals(partner.networkId))
                .map(entry -> new PartnerPart.Contact(entry.contactedOn, entry.contactedAt, entry.channel, entry.level,
                        entry.madeBy, entry.note, entry.source, entry.alertId, entry.recordedAt))
                .toList();
    }

    private List<PartnerPart.Goal> goals(Partner partner) {
        List<StrategicGoal> naming = goals.list("""
                select distinct g from StrategicGoal g left join g.actorNeeds n
                where g.networkId = ?1 and (g.responsiblePartnerId = ?2 or n.partnerId = ?2)""",
                partner.networkId, partner.id);
        return naming.stream()
                .sorted(Comparator.comparing((StrategicGoal goal) -> goal.createdAt).thenComparing(goal -> goal.id))
                .map(goal -> new PartnerPart.Goal(goal.id, goal.title, partner.id.equals(goal.responsiblePartnerId),
                        goal.actorNeeds.stream().filter(need -> partner.id.equals(need.partnerId))
                                .map(need -> new PartnerPart.ActorNeed(need.purpose, need.keyActor)).toList()))
                .toList();
    }

    private PartnerPart.Leaving leaving(Partner partner) {
        boolean stayListed = partner.stayListedConsent.given;
        LocalDate removedFrom = partner.status == PartnerStatus.LEFT && partner.leftAt != null && !stayListed
                && partner.contactDataRemoval == null
                ? partner.leftAt.plus(leftPartners.leftContactRetention()).toLocalDate() : null;
        return new PartnerPart.Leaving(partner.leftAt, stayListed, removedFrom,
                partner.contactDataRemoval == null ? null : partner.contactDataRemoval.removedAt,
                partner.contactDataRemoval == null ? List.of() : partner.contactDataRemoval.fieldNames());
    }
}
