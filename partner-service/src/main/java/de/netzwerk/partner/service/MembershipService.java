package de.netzwerk.partner.service;

import de.netzwerk.partner.Membership;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerGroup;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.event.MembershipChanged;
import de.netzwerk.partner.event.MembershipEnded;
import de.netzwerk.partner.event.MembershipStarted;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.outbox.Outbox;
import de.netzwerk.partner.repository.GroupRepository;
import de.netzwerk.partner.repository.MembershipRepository;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.service.command.MembershipCommand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;

@ApplicationScoped
@Transactional
public class MembershipService {

    private final MembershipRepository memberships;
    private final GroupRepository groups;
    private final PartnerRepository partners;
    private final NetworkService networks;
    private final Outbox outbox;
    private final Clock clock;

    MembershipService(MembershipRepository memberships, GroupRepository groups, PartnerRepository partners,
            NetworkService networks, Outbox outbox, Clock clock) {
        this.memberships = memberships;
        this.groups = groups;
        this.partners = partners;
        this.networks = networks;
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<Membership> current(String networkId, UUID groupId) {
        return memberships.currentOf(group(networkId, groupId).id);
    }

    /** The partner's current membership in the group; 404 when they are no member of it now. */
    public Membership currentOf(String networkId, UUID groupId, UUID partnerId) {
        group(networkId, groupId);
        return memberships.findCurrent(groupId, partnerId)
                .orElseThrow(() -> new ResourceNotFoundException("membership of partner", partnerId));
    }

    /**
     * For a caller who read no membership (a partner joining): finding one means the partner joined since, and what
     * the caller sent was meant for someone who was no member.
     */
    public static final LongSupplier NONE_READ = () -> {
        throw new ConflictException(Text.of("version.stale"));
    };

    /**
     * Makes the partner a current member of the group with the given role, or changes the role and the
     * introductory talk of their current membership if nobody changed it since the version {@code versionRead} gives
     * was read. It is asked only then, after the group and the partner were found: joining names no version, there is
     * none to have read. Returns whether a membership started.
     */
    public Result put(String networkId, UUID groupId, UUID partnerId, LongSupplier versionRead, MembershipCommand request) {
        PartnerGroup group = group(networkId, groupId);
        Partner partner = partners.findInNetwork(networkId, partnerId)
                .orElseThrow(() -> new ResourceNotFoundException("partner", partnerId));
        if (partner.status == PartnerStatus.LEFT) {
            throw new ConflictException(Text.of("partner.left"));
        }
        Membership membership = memberships.findCurrent(groupId, partnerId).orElse(null);
        if (membership == null) {
            membership = new Membership();
            membership.id = UUID.randomUUID();
            membership.networkId = networkId;
            membership.groupId = groupId;
            membership.partnerId = partnerId;
            membership.role = request.role();
            membership.joinedOn = request.joinedOn() != null ? request.joinedOn() : today(networkId);
            membership.introductoryTalkDone = Boolean.TRUE.equals(request.introductoryTalkDone());
            memberships.persist(membership);
            outbox.add(MembershipStarted.of(group, membership));
            return new Result(membership, true);
        }
        Versions.require(membership.version, versionRead.getAsLong());
        boolean talkDone = request.introductoryTalkDone() != null ? request.introductoryTalkDone() : membership.introductoryTalkDone;
        if (membership.role != request.role() || membership.introductoryTalkDone != talkDone) {
            membership.role = request.role();
            membership.introductoryTalkDone = talkDone;
            memberships.flush(); // the event carries the new version
            outbox.add(MembershipChanged.of(group, membership));
        }
        return new Result(membership, false);
    }

    /** Ends the partner's current membership in the group today (network time); the membership stays as history. */
    public void end(String networkId, UUID groupId, UUID partnerId) {
        group(networkId, groupId);
        Membership membership = memberships.findCurrent(groupId, partnerId)
                .orElseThrow(() -> new ResourceNotFoundException("membership of partner", partnerId));
        endToday(membership);
    }

    /** Ends every current membership of a partner who leaves the network. */
    public void endAllOf(Partner partner) {
        memberships.list("partnerId = ?1 and leftOn is null", partner.id).forEach(this::endToday);
    }

    private void endToday(Membership membership) {
        membership.leftOn = today(membership.networkId);
        if (membership.leftOn.isBefore(membership.joinedOn)) {
            membership.leftOn = membership.joinedOn;
        }
        outbox.add(MembershipEnded.of(membership));
    }

    private PartnerGroup group(String networkId, UUID groupId) {
        return groups.findInNetwork(networkId, groupId).orElseThrow(() -> new ResourceNotFoundException("group", groupId));
    }

    private LocalDate today(String networkId) {
        return LocalDate.now(clock.withZone(ZoneId.of(networks.get(networkId).timeZone)));
    }

    public record Result(Membership membership, boolean started) {
    }
}
