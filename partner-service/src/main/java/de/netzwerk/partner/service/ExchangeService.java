package de.netzwerk.partner.service;

import de.netzwerk.partner.ExchangeEntry;
import de.netzwerk.partner.ExchangeMatch;
import de.netzwerk.partner.ExchangeMatchStatus;
import de.netzwerk.partner.ExchangeSide;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.event.ExchangeAgreed;
import de.netzwerk.partner.event.ExchangeCompleted;
import de.netzwerk.partner.event.ExchangeNeedPosted;
import de.netzwerk.partner.event.ExchangeOfferPosted;
import de.netzwerk.partner.exchange.MoneyFreeRule;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.outbox.Outbox;
import de.netzwerk.partner.repository.ExchangeEntryRepository;
import de.netzwerk.partner.repository.ExchangeMatchRepository;
import de.netzwerk.partner.repository.KnownMeetingRepository;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.service.command.ExchangeEntryCommand;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The resource exchange (issue 15, item 1): partners post offers and needs — anything but money — and a coordinator
 * or a partner of either side brings an offer and a need together in a match, which moves PROPOSED → AGREED → DONE or
 * WITHDRAWN. Posting, agreeing and completing publish events with ids, kind, tags and dates, never the description.
 */
@ApplicationScoped
@Transactional
public class ExchangeService {

    /** Who acts: a coordinator for anyone of the network, or a member for the partner their token speaks for. */
    public record Actor(String subject, Optional<UUID> memberPartnerId) {

        public static Actor forNetwork(String subject) {
            return new Actor(subject, Optional.empty());
        }

        public static Actor member(String subject, UUID partnerId) {
            return new Actor(subject, Optional.of(partnerId));
        }

        boolean mayActFor(UUID partnerId) {
            return memberPartnerId.map(partnerId::equals).orElse(true);
        }
    }

    private final ExchangeEntryRepository entries;
    private final ExchangeMatchRepository matches;
    private final PartnerRepository partners;
    private final KnownMeetingRepository meetings;
    private final NetworkService networks;
    private final Outbox outbox;
    private final Clock clock;

    ExchangeService(ExchangeEntryRepository entries, ExchangeMatchRepository matches, PartnerRepository partners,
            KnownMeetingRepository meetings, NetworkService networks, Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.entries = entries;
        this.matches = matches;
        this.partners = partners;
        this.networks = networks;
        this.outbox = outbox;
        this.clock = clock;
    }

    public ExchangeEntry post(String networkId, ExchangeSide side, ExchangeEntryCommand request, Actor actor) {
        MoneyFreeRule.check(request.otherFields(), request.description(), request.tags()).ifPresent(refusal -> {
            throw new PricedEntryException(refusal);
        });
        if (!actor.mayActFor(request.partnerId())) {
            throw new ForbiddenException("A member posts offers and needs for themselves only");
        }
        Partner partner = partners.findInNetwork(networkId, request.partnerId())
                .orElseThrow(() -> new UnknownReferenceException("partnerId", "partner"));
        if (partner.status == PartnerStatus.LEFT) {
            throw new InvalidFieldException("partnerId", Text.of("has-left-the-network"));
        }
        if (request.meetingId() != null && !meetings.existsInNetwork(networkId, request.meetingId())) {
            throw new UnknownReferenceException("meetingId", "meeting");
        }
        if (request.validUntil().isBefore(today(networkId))) {
            throw new InvalidFieldException("validUntil", Text.of("must-not-be-in-past"));
        }
        ExchangeEntry entry = new ExchangeEntry();
        entry.id = UUID.randomUUID();
        entry.networkId = networkId;
        entry.side = side;
        entry.partnerId = partner.id;
        entry.kind = request.kind();
        entry.description = request.description().strip();
        entry.tags.addAll(Tags.normalise(request.tags()));
        entry.validUntil = request.validUntil();
        entry.meetingId = request.meetingId();
        entry.postedBy = actor.subject();
        entry.postedAt = OffsetDateTime.now(clock);
        entries.persist(entry);
        outbox.add(side == ExchangeSide.OFFER ? ExchangeOfferPosted.of(entry) : ExchangeNeedPosted.of(entry));
        return entry;
    }

    public ExchangeEntry entry(String networkId, ExchangeSide side, UUID id) {
        return entries.findInNetwork(networkId, side, id)
                .orElseThrow(() -> new ResourceNotFoundException(side == ExchangeSide.OFFER ? "offer" : "need", id));
    }

    /**
     * Takes an offer or a need back before it expires. Matches only proposed with it are withdrawn with it; an agreed
     * one stands, since two partners agreed on it, and ends as they decide.
     */
    public ExchangeEntry withdraw(String networkId, ExchangeSide side, UUID id, long expectedVersion, Actor actor) {
        ExchangeEntry entry = entry(networkId, side, id);
        if (!actor.mayActFor(entry.partnerId)) {
            throw new ForbiddenException("A member withdraws their own offers and needs only");
        }
        Versions.require(entry.version, expectedVersion);
        if (entry.withdrawnAt != null) {
            return entry;
        }
        entry.withdrawnBy = actor.subject();
        entry.withdrawnAt = OffsetDateTime.now(clock);
        for (ExchangeMatch proposed : matches.proposedWith(entry.id)) {
            proposed.status = ExchangeMatchStatus.WITHDRAWN;
            proposed.withdrawnBy = entry.withdrawnBy;
            proposed.withdrawnAt = entry.withdrawnAt;
        }
        entries.flush(); // raises the version the response's ETag names
        return entry;
    }

    public EntryPage search(String networkId, ExchangeEntryRepository.Search search, Page page) {
        PanacheQuery<ExchangeEntry> query = entries.search(networkId, search).page(page);
        return new EntryPage(query.list(), query.count());
    }

    /** Proposes that the offer meets the need; a member only where the offer or the need is theirs. */
    public ExchangeMatch propose(String networkId, UUID offerId, UUID needId, Actor actor) {
        ExchangeEntry offer = entries.findInNetwork(networkId, ExchangeSide.OFFER, offerId)
                .orElseThrow(() -> new UnknownReferenceException("offerId", "offer"));
        ExchangeEntry need = entries.findInNetwork(networkId, ExchangeSide.NEED, needId)
                .orElseThrow(() -> new UnknownReferenceException("needId", "need"));
        if (!actor.mayActFor(offer.partnerId) && !actor.mayActFor(need.partnerId)) {
            throw new ForbiddenException("A member proposes matches for their own offers and needs only");
        }
        if (offer.partnerId.equals(need.partnerId)) {
            throw new InvalidFieldException("needId", Text.of("own-need"));
        }
        LocalDate today = today(networkId);
        requireOpen(offer, "offer", today);
        requireOpen(need, "need", today);
        if (matches.liveMatchExists(offerId, needId)) {
            throw new ConflictException(Text.of("match.exists"));
        }
        ExchangeMatch match = new ExchangeMatch();
        match.id = UUID.randomUUID();
        match.networkId = networkId;
        match.offerId = offer.id;
        match.needId = need.id;
        match.offeringPartnerId = offer.partnerId;
        match.needingPartnerId = need.partnerId;
        match.kind = offer.kind;
        match.status = ExchangeMatchStatus.PROPOSED;
        match.proposedBy = actor.subject();
        match.proposedAt = OffsetDateTime.now(clock);
        matches.persist(match);
        return match;
    }

    /** The match, as far as the actor may see it: a member sees only matches they are part of (404 otherwise). */
    public ExchangeMatch match(String networkId, UUID matchId, Actor actor) {
        return matches.findInNetwork(networkId, matchId).filter(match -> visibleTo(match, actor))
                .orElseThrow(() -> new ResourceNotFoundException("match", matchId));
    }

    public MatchPage matches(String networkId, ExchangeMatchRepository.Search search, Page page) {
        PanacheQuery<ExchangeMatch> query = matches.search(networkId, search).page(page);
        return new MatchPage(query.list(), query.count());
    }

    /**
     * Moves the match on. The status it has already changes nothing (and publishes nothing); a step the lifecycle does
     * not allow is a conflict. Agreeing publishes exchange-agreed, completing exchange-completed.
     */
    public ExchangeMatch change(String networkId, UUID matchId, long expectedVersion, ExchangeMatchStatus next, Actor actor) {
        ExchangeMatch match = matches.findForChange(networkId, matchId).filter(found -> visibleTo(found, actor))
                .orElseThrow(() -> new ResourceNotFoundException("match", matchId));
        Versions.require(match.version, expectedVersion);
        if (match.status == next) {
            return match;
        }
        if (!match.status.mayBecome(next)) {
            throw new ConflictException(Text.of("match.transition-refused", match.status, next));
        }
        if (next != ExchangeMatchStatus.WITHDRAWN && (match.offerId == null || match.needId == null)) {
            throw new ConflictException(Text.of("match.side-erased"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        match.status = next;
        switch (next) {
            case AGREED -> {
                match.agreedBy = actor.subject();
                match.agreedAt = now;
                outbox.add(ExchangeAgreed.of(match));
            }
            case DONE -> {
                match.completedBy = actor.subject();
                match.completedAt = now;
                outbox.add(ExchangeCompleted.of(match));
            }
            case WITHDRAWN -> {
                match.withdrawnBy = actor.subject();
                match.withdrawnAt = now;
            }
            case PROPOSED -> throw new IllegalStateException("no status becomes PROPOSED");
        }
        matches.flush(); // raises the version the response's ETag names
        return match;
    }

    /** Today in the network's time zone: an entry is open through its valid-until day there. */
    public LocalDate today(String networkId) {
        return LocalDate.now(clock.withZone(ZoneId.of(networks.get(networkId).timeZone)));
    }

    /** {@code side} is the first part of the problem's code: {@code offer} or {@code need}. */
    private static void requireOpen(ExchangeEntry entry, String side, LocalDate today) {
        switch (entry.statusOn(today)) {
            case EXPIRED -> throw new ConflictException(Text.of(side + ".expired", entry.validUntil));
            case WITHDRAWN -> throw new ConflictException(Text.of(side + ".withdrawn"));
            case OPEN -> { }
        }
    }

    private static boolean visibleTo(ExchangeMatch match, Actor actor) {
        return actor.memberPartnerId().map(match::involves).orElse(true);
    }

    public record EntryPage(List<ExchangeEntry> entries, long total) {
    }

    public record MatchPage(List<ExchangeMatch> matches, long total) {
    }
}
