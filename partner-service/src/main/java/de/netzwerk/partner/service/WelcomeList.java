package de.netzwerk.partner.service;

import de.netzwerk.partner.Membership;
import de.netzwerk.partner.MembershipRole;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.repository.GroupRepository;
import de.netzwerk.partner.repository.MembershipRepository;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.repository.SignupEntryRepository;
import de.netzwerk.partner.service.command.MembershipCommand;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who a group still has to welcome (seed 003: "Hier solle es vorab ein Einführungsgespräch geben"): its current
 * members without the introductory talk, for the coordinators and the group's patrons — who hold the talk and record
 * it, which takes the member off the list.
 */
@ApplicationScoped
@Transactional
public class WelcomeList {

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final PartnerRepository partners;
    private final SignupEntryRepository entries;
    private final MembershipService membershipService;

    WelcomeList(GroupRepository groups, MembershipRepository memberships, PartnerRepository partners,
            SignupEntryRepository entries, MembershipService membershipService) {
        this.groups = groups;
        this.memberships = memberships;
        this.partners = partners;
        this.entries = entries;
        this.membershipService = membershipService;
    }

    /** A current member still waiting for the talk; email and phone only if they consented to be contacted. */
    public record Waiting(UUID partnerId, String name, String email, String phone, PartnerStatus status,
            MembershipRole role, LocalDate joinedOn, UUID signupId) {
    }

    /** {@code reader} is the member asking (who must be a patron of the group), empty for a coordinator. */
    public List<Waiting> of(String networkId, UUID groupId, Optional<UUID> reader) {
        groups.findInNetwork(networkId, groupId).orElseThrow(() -> new ResourceNotFoundException("group", groupId));
        List<Membership> current = memberships.currentOf(groupId);
        requirePatronOrCoordinator(current, reader, "see whom to welcome");
        List<Membership> waiting = current.stream().filter(membership -> !membership.introductoryTalkDone)
                .sorted(Comparator.comparing((Membership m) -> m.joinedOn).thenComparing(m -> m.partnerId)).toList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = waiting.stream().map(membership -> membership.partnerId).toList();
        Map<UUID, Partner> byId = partners.findAllInNetwork(networkId, ids).stream()
                .collect(Collectors.toMap(partner -> partner.id, Function.identity()));
        Map<UUID, UUID> signupOf = entries.list("""
                select e from SignupEntry e, Signup s
                where s.id = e.signupId and s.groupId = ?1 and e.partnerId in ?2 order by e.enteredAt""", groupId, ids)
                .stream().collect(Collectors.toMap(entry -> entry.partnerId, entry -> entry.signupId, (older, newer) -> newer));
        return waiting.stream().filter(membership -> byId.containsKey(membership.partnerId)).map(membership -> {
            Partner partner = byId.get(membership.partnerId);
            boolean reachable = partner.contactConsent.given;
            return new Waiting(partner.id, partner.name, reachable ? partner.email : null,
                    reachable ? partner.phone : null, partner.status, membership.role, membership.joinedOn,
                    signupOf.get(partner.id));
        }).toList();
    }

    /**
     * Records that the member had their introductory talk, as their patron or a coordinator says; publishes
     * membership-changed the first time. {@code recorder} is the patron, empty for a coordinator.
     */
    public Membership recordIntroductoryTalk(String networkId, UUID groupId, UUID partnerId, Optional<UUID> recorder) {
        groups.findInNetwork(networkId, groupId).orElseThrow(() -> new ResourceNotFoundException("group", groupId));
        List<Membership> current = memberships.currentOf(groupId);
        requirePatronOrCoordinator(current, recorder, "record an introductory talk");
        Membership membership = current.stream().filter(m -> m.partnerId.equals(partnerId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("membership of partner", partnerId));
        if (membership.introductoryTalkDone) {
            return membership;
        }
        // The talk is a fact recorded once, not an edit of what the patron read: it names the version it finds.
        return membershipService.put(networkId, groupId, partnerId, () -> membership.version,
                new MembershipCommand(membership.role, null, true)).membership();
    }

    private static void requirePatronOrCoordinator(List<Membership> current, Optional<UUID> caller, String toDo) {
        if (caller.isPresent() && current.stream().noneMatch(m -> m.partnerId.equals(caller.get()) && m.role == MembershipRole.PATRON)) {
            throw new ForbiddenException("Only the group's patrons and the coordinators " + toDo);
        }
    }
}
