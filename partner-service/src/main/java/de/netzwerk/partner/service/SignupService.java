package de.netzwerk.partner.service;

import de.netzwerk.partner.Consent;
import de.netzwerk.partner.ConsentPurpose;
import de.netzwerk.partner.GroupKind;
import de.netzwerk.partner.MembershipRole;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerGroup;
import de.netzwerk.partner.PartnerKind;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import de.netzwerk.partner.Signup;
import de.netzwerk.partner.SignupEntry;
import de.netzwerk.partner.SignupStatus;
import de.netzwerk.partner.event.PartnerUpdated;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.outbox.Outbox;
import de.netzwerk.partner.repository.GroupRepository;
import de.netzwerk.partner.repository.KnownMeetingRepository;
import de.netzwerk.partner.repository.MembershipRepository;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.repository.SignupEntryRepository;
import de.netzwerk.partner.repository.SignupRepository;
import de.netzwerk.partner.service.command.MembershipCommand;
import de.netzwerk.partner.service.command.PartnerCommand;
import de.netzwerk.partner.service.command.SignupEntryCommand;
import de.netzwerk.partner.service.command.SignupCommand;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The Thementisch (seed 003, issue 15 item 3): a coordinator opens a sign-up for a working group; each entry finds the
 * partner by email or registers a PROSPECT, and starts a membership that waits for the introductory talk. Partner and
 * membership are made as through the API, with the same events.
 */
@ApplicationScoped
@Transactional
public class SignupService {

    private final SignupRepository signups;
    private final SignupEntryRepository entries;
    private final GroupRepository groups;
    private final KnownMeetingRepository meetings;
    private final PartnerRepository partners;
    private final MembershipRepository memberships;
    private final PartnerService partnerService;
    private final MembershipService membershipService;
    private final ConsentService consents;
    private final NetworkService networks;
    private final Outbox outbox;
    private final Clock clock;

    SignupService(SignupRepository signups, SignupEntryRepository entries, GroupRepository groups,
            KnownMeetingRepository meetings, PartnerRepository partners, MembershipRepository memberships,
            PartnerService partnerService, MembershipService membershipService, ConsentService consents,
            NetworkService networks, Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.signups = signups;
        this.entries = entries;
        this.groups = groups;
        this.partners = partners;
        this.memberships = memberships;
        this.partnerService = partnerService;
        this.membershipService = membershipService;
        this.consents = consents;
        this.networks = networks;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Signup open(String networkId, SignupCommand request, String coordinator) {
        networks.get(networkId);
        PartnerGroup group = groups.findInNetwork(networkId, request.groupId())
                .orElseThrow(() -> new UnknownReferenceException("groupId", "group"));
        if (group.kind != GroupKind.WORKING) {
            throw new RefusedFieldException("groupId", Text.of("working-group-only"));
        }
        if (request.meetingId() != null && !meetings.existsInNetwork(networkId, request.meetingId())) {
            throw new UnknownReferenceException("meetingId", "meeting");
        }
        Signup signup = new Signup();
        signup.id = UUID.randomUUID();
        signup.networkId = networkId;
        signup.groupId = group.id;
        signup.meetingId = request.meetingId();
        signup.title = request.title() == null || request.title().isBlank() ? null : request.title().strip();
        signup.status = SignupStatus.OPEN;
        signup.openedAt = OffsetDateTime.now(clock);
        signup.openedBy = coordinator;
        signups.persist(signup);
        return signup;
    }

    public Signup get(String networkId, UUID signupId) {
        return signups.findInNetwork(networkId, signupId).orElseThrow(() -> new ResourceNotFoundException("sign-up", signupId));
    }

    public SignupPage list(String networkId, Page page) {
        networks.get(networkId);
        PanacheQuery<Signup> query = signups.inNetwork(networkId).page(page);
        return new SignupPage(query.list(), query.count());
    }

    /** Opens or closes it; entries stay either way. */
    public Signup changeStatus(String networkId, UUID signupId, long expectedVersion, SignupStatus status) {
        Signup signup = get(networkId, signupId);
        Versions.require(signup.version, expectedVersion);
        if (signup.status != status) {
            signup.status = status;
            signup.closedAt = status == SignupStatus.CLOSED ? OffsetDateTime.now(clock) : null;
            signups.flush(); // raises the version the response's ETag names
        }
        return signup;
    }

    public List<SignupEntry> entries(String networkId, UUID signupId) {
        return entries.ofSignup(get(networkId, signupId).id);
    }

    /**
     * Signs someone up. {@code self} is the member signing themselves up, empty when a coordinator enters someone at
     * the table. Entering the same partner again answers their entry and changes nothing.
     */
    public Entered enter(String networkId, UUID signupId, SignupEntryCommand request, Optional<UUID> self, String actor) {
        Signup signup = get(networkId, signupId);
        if (signup.status != SignupStatus.OPEN) {
            throw new ConflictException(Text.of("signup.closed"));
        }
        if (!Boolean.TRUE.equals(request.contactConsent())) {
            throw new RefusedFieldException("contactConsent", Text.of("consent-required"));
        }
        boolean created = false;
        Partner partner;
        if (self.isPresent()) {
            partner = partnerService.get(networkId, self.get());
        } else {
            requireContactOf(request);
            partners.lockEmailUntilCommit(networkId, request.email());
            Optional<Partner> known = byEmail(networkId, request.email());
            created = known.isEmpty();
            partner = known.orElseGet(() -> partnerService.register(networkId, prospect(request), actor));
        }
        Optional<SignupEntry> earlier = entries.find("signupId = ?1 and partnerId = ?2", signup.id, partner.id)
                .firstResultOptional();
        if (earlier.isPresent()) {
            return new Entered(earlier.get(), false);
        }
        if (!created) {
            recordContactConsent(partner, actor);
        }
        boolean started = memberships.findCurrent(signup.groupId, partner.id).isEmpty();
        if (started) {
            membershipService.put(networkId, signup.groupId, partner.id, MembershipService.NONE_READ, new MembershipCommand(MembershipRole.MEMBER, null, false));
        }
        SignupEntry entry = new SignupEntry();
        entry.id = UUID.randomUUID();
        entry.networkId = networkId;
        entry.signupId = signup.id;
        entry.partnerId = partner.id;
        entry.partnerCreated = created;
        entry.membershipStarted = started;
        entry.enteredBy = actor;
        entry.enteredAt = OffsetDateTime.now(clock);
        entries.persist(entry);
        return new Entered(entry, true);
    }

    private static void requireContactOf(SignupEntryCommand request) {
        if (request.name() == null || request.name().isBlank()) {
            throw new RefusedFieldException("name", Text.of("required-from-coordinator"));
        }
        if (request.email() == null || request.email().isBlank()) {
            throw new RefusedFieldException("email", Text.of("required-from-coordinator"));
        }
    }

    /** The network's partner with this email, any case; the longest-standing if several share it. */
    private Optional<Partner> byEmail(String networkId, String email) {
        return partners.find("networkId = ?1 and lower(email) = ?2 and status <> ?3",
                Sort.by("createdAt").and("id"), networkId, email.strip().toLowerCase(Locale.ROOT), PartnerStatus.ERASED)
                .firstResultOptional();
    }

    private static PartnerCommand prospect(SignupEntryCommand request) {
        return new PartnerCommand(request.kind() != null ? request.kind() : PartnerKind.PERSON,
                request.sector() != null ? request.sector() : Sector.OTHER, request.name().strip(), request.email().strip(),
                request.phone(), List.of(), null, null, PartnerStatus.PROSPECT, true, false, false, null, null);
    }

    /** A known partner who signs up at the table consents to be contacted: recorded as any change of consent. */
    private void recordContactConsent(Partner partner, String actor) {
        if (partner.contactConsent.given) {
            return;
        }
        partner.contactConsent = Consent.recorded(true, OffsetDateTime.now(clock), actor);
        consents.record(partner, ConsentPurpose.CONTACT, partner.contactConsent);
        partner.updatedAt = OffsetDateTime.now(clock);
        partners.flush(); // the event carries the new version
        outbox.add(PartnerUpdated.of(partner));
    }

    public record SignupPage(List<Signup> signups, long total) {
    }

    /** The entry, and whether this request made it. */
    public record Entered(SignupEntry entry, boolean now) {
    }
}
