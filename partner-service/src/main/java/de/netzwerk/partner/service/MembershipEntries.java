package de.netzwerk.partner.service;

import de.netzwerk.partner.Membership;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerGroup;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.event.MembershipEnded;
import de.netzwerk.partner.event.MembershipStarted;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.outbox.Outbox;
import de.netzwerk.partner.repository.GroupRepository;
import de.netzwerk.partner.repository.MembershipRepository;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.rules.MembershipPeriod;
import de.netzwerk.partner.service.command.MembershipEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Enters several memberships of one group at once, each with its own dates, as a coordinator does who enters a
 * network's history after the fact (issue 13, item 5). All or nothing: every entry is checked before any is stored.
 *
 * <p>Re-sending the same list changes nothing: an entry that matches a membership already recorded (same partner,
 * join date, role, end and introductory talk) is left as it is, so the request is idempotent. An entry that
 * overlaps a recorded membership of the partner in the group in any other way is a conflict: changing a recorded
 * membership is the single membership operation's job, not a list's.
 */
@ApplicationScoped
@Transactional
public class MembershipEntries {

    private final MembershipRepository memberships;
    private final GroupRepository groups;
    private final PartnerRepository partners;
    private final NetworkService networks;
    private final Outbox outbox;
    private final Clock clock;

    MembershipEntries(MembershipRepository memberships, GroupRepository groups, PartnerRepository partners,
            NetworkService networks, Outbox outbox, Clock clock) {
        this.memberships = memberships;
        this.groups = groups;
        this.partners = partners;
        this.networks = networks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Stores the entries that are not recorded yet and publishes membership-started for each (with its own join
     * date), followed by membership-ended for one that has already ended.
     */
    public Result enter(String networkId, UUID groupId, List<MembershipEntry> entries) {
        PartnerGroup group = groups.findInNetwork(networkId, groupId)
                .orElseThrow(() -> new ResourceNotFoundException("group", groupId));
        checkEachOnItsOwn(entries, today(networkId));
        Map<UUID, Partner> named = partnersOfNetwork(networkId, entries);
        Map<UUID, List<Membership>> recorded = memberships.ofPartnersInGroup(groupId, named.keySet()).stream()
                .collect(Collectors.groupingBy(membership -> membership.partnerId));

        List<Membership> result = new ArrayList<>();
        List<Membership> toStart = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            MembershipEntry entry = entries.get(i);
            List<Membership> partnersMemberships = recorded.getOrDefault(entry.partnerId(), List.of());
            Optional<Membership> same = partnersMemberships.stream().filter(membership -> matches(membership, entry)).findFirst();
            if (same.isPresent()) {
                result.add(same.get());
                continue;
            }
            if (partnersMemberships.stream().anyMatch(membership -> overlaps(membership, entry))) {
                throw new ConflictException(Text.of("membership.overlaps", "memberships[%d]".formatted(i)));
            }
            if (named.get(entry.partnerId()).status == PartnerStatus.LEFT && entry.leftOn() == null) {
                throw new ConflictException(Text.of("membership.partner-left", "memberships[%d]".formatted(i)));
            }
            Membership membership = newMembership(networkId, groupId, entry);
            result.add(membership);
            toStart.add(membership);
        }
        for (Membership membership : toStart) {
            memberships.persist(membership);
            outbox.add(MembershipStarted.of(group, membership));
            if (membership.leftOn != null) {
                outbox.add(MembershipEnded.of(membership));
            }
        }
        return new Result(result, toStart.size(), entries.size() - toStart.size());
    }

    /** Duplicates and dates, before anything is looked up. */
    private static void checkEachOnItsOwn(List<MembershipEntry> entries, LocalDate today) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            MembershipEntry entry = entries.get(i);
            String field = "memberships[" + i + "]";
            if (!seen.add(entry.partnerId())) {
                throw new DuplicateEntryException(field + ".partnerId", Text.of("named-twice"));
            }
            new MembershipPeriod(entry.joinedOn(), entry.leftOn()).problemOn(today).ifPresent(problem -> {
                throw new InvalidFieldException(field + "." + problem.field, switch (problem) {
                    case JOINED_IN_FUTURE, LEFT_IN_FUTURE -> Text.of("must-not-be-in-future");
                    case LEFT_BEFORE_JOINED -> Text.of("must-not-be-before", "joinedOn");
                });
            });
        }
    }

    /** The partners the entries name, all of the caller's network; the first entry naming another is refused. */
    private Map<UUID, Partner> partnersOfNetwork(String networkId, List<MembershipEntry> entries) {
        Map<UUID, Partner> found = partners.findAllInNetwork(networkId, entries.stream().map(MembershipEntry::partnerId).toList())
                .stream().collect(Collectors.toMap(partner -> partner.id, Function.identity()));
        for (int i = 0; i < entries.size(); i++) {
            if (!found.containsKey(entries.get(i).partnerId())) {
                throw new UnknownReferenceException("memberships[" + i + "].partnerId", "partner");
            }
        }
        return found;
    }

    private static boolean matches(Membership membership, MembershipEntry entry) {
        return membership.joinedOn.equals(entry.joinedOn()) && membership.role == entry.role()
                && Objects.equals(membership.leftOn, entry.leftOn())
                && (entry.introductoryTalkDone() == null || entry.introductoryTalkDone() == membership.introductoryTalkDone);
    }

    private static boolean overlaps(Membership membership, MembershipEntry entry) {
        return new MembershipPeriod(membership.joinedOn, membership.leftOn)
                .overlaps(new MembershipPeriod(entry.joinedOn(), entry.leftOn()));
    }

    private static Membership newMembership(String networkId, UUID groupId, MembershipEntry entry) {
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.networkId = networkId;
        membership.groupId = groupId;
        membership.partnerId = entry.partnerId();
        membership.role = entry.role();
        membership.joinedOn = entry.joinedOn();
        membership.leftOn = entry.leftOn();
        membership.introductoryTalkDone = Boolean.TRUE.equals(entry.introductoryTalkDone());
        return membership;
    }

    private LocalDate today(String networkId) {
        return LocalDate.now(clock.withZone(ZoneId.of(networks.get(networkId).timeZone)));
    }

    /** The memberships of the request in its order, and how many of them this request started. */
    public record Result(List<Membership> memberships, int started, int unchanged) {
    }
}
