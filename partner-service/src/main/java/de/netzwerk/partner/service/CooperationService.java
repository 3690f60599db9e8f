package de.netzwerk.partner.service;

import de.netzwerk.partner.Cooperation;
import de.netzwerk.partner.CooperationParty;
import de.netzwerk.partner.config.CooperationConfig;
import de.netzwerk.partner.event.CooperationEnded;
import de.netzwerk.partner.event.CooperationStarted;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.outbox.Outbox;
import de.netzwerk.partner.repository.CooperationRepository;
import de.netzwerk.partner.repository.GoalRepository;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.rules.CooperationStatus;
import de.netzwerk.partner.rules.CooperationTransition;
import de.netzwerk.partner.rules.CooperationTransition.Refusal;
import de.netzwerk.partner.service.command.CooperationCommand;
import de.netzwerk.partner.service.command.CooperationStatusCommand;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Cooperations of a network's partners: agreed, with a purpose and a period, started and ended (issue 15, item 2). */
@ApplicationScoped
@Transactional
public class CooperationService {

    private final CooperationRepository cooperations;
    private final PartnerRepository partners;
    private final GoalRepository goals;
    private final NetworkService networks;
    private final CooperationConfig config;
    private final Outbox outbox;
    private final Clock clock;

    CooperationService(CooperationRepository cooperations, PartnerRepository partners, GoalRepository goals,
            NetworkService networks, CooperationConfig config, Outbox outbox, Clock clock) {
        this.cooperations = cooperations;
        this.partners = partners;
        this.goals = goals;
        this.networks = networks;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new cooperation, PLANNED: it starts when a coordinator says so. */
    public Cooperation create(String networkId, CooperationCommand request) {
        networks.get(networkId);
        requireValid(networkId, null, request);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Cooperation cooperation = new Cooperation();
        cooperation.id = UUID.randomUUID();
        cooperation.networkId = networkId;
        cooperation.status = CooperationStatus.PLANNED;
        apply(cooperation, request);
        cooperation.createdAt = now;
        cooperation.updatedAt = now;
        cooperations.persist(cooperation);
        return cooperation;
    }

    public Cooperation get(String networkId, UUID cooperationId) {
        return cooperations.findInNetwork(networkId, cooperationId)
                .orElseThrow(() -> new ResourceNotFoundException("cooperation", cooperationId));
    }

    /** The network's cooperations in the given order; only those {@code partyId} takes part in if given. */
    public CooperationPage search(String networkId, CooperationStatus status, UUID partyId, OffsetDateTime updatedSince,
            Sort order, Page page) {
        networks.get(networkId);
        PanacheQuery<Cooperation> query = cooperations.search(networkId, status, partyId, updatedSince, order).page(page);
        return new CooperationPage(query.list(), query.count());
    }

    /** Replaces purpose, goal, period, parties and follow-up link, if nobody changed it since {@code expectedVersion}. */
    public Cooperation update(String networkId, UUID cooperationId, long expectedVersion, CooperationCommand request) {
        Cooperation cooperation = current(networkId, cooperationId, expectedVersion);
        requireValid(networkId, cooperationId, request);
        apply(cooperation, request);
        cooperation.updatedAt = OffsetDateTime.now(clock);
        cooperations.flush();
        return cooperation;
    }

    /**
     * Moves the cooperation on: ACTIVE publishes cooperation-started, ENDED and ENDED_EARLY publish cooperation-ended.
     * Asking for the status it already has changes nothing.
     */
    public Cooperation changeStatus(String networkId, UUID cooperationId, long expectedVersion,
            CooperationStatusCommand request) {
        Cooperation cooperation = current(networkId, cooperationId, expectedVersion);
        var asked = new CooperationTransition.Request(request.status(), request.endReason() != null, request.endedOn(),
                request.note() != null);
        switch (CooperationTransition.decide(cooperation.status, asked, today(networkId))) {
            case CooperationTransition.Unchanged unchanged -> {
                return cooperation;
            }
            case CooperationTransition.Refused(Refusal refusal) ->
                    throw refusedBecause(refusal, cooperation.status, request.status());
            case CooperationTransition.Moved(CooperationStatus next, LocalDate endedOn) -> {
                if (next.ended()) {
                    cooperation.endedOn = endedOn;
                    cooperation.endReason = request.endReason();
                    cooperation.endNote = request.note();
                }
                cooperation.status = next;
            }
        }
        cooperation.updatedAt = OffsetDateTime.now(clock);
        cooperations.flush(); // the event carries the new version
        outbox.add(cooperation.status == CooperationStatus.ACTIVE ? CooperationStarted.of(cooperation)
                : CooperationEnded.of(cooperation));
        return cooperation;
    }

    /** The answer a refused status change gets: 409 for a step the lifecycle lacks, 422 naming the field otherwise. */
    private static RuntimeException refusedBecause(Refusal refusal, CooperationStatus current, CooperationStatus next) {
        return switch (refusal) {
            case NOT_A_STEP -> new ConflictException(Text.of("cooperation.transition-refused", current, next));
            case END_REASON_MISSING -> new RefusedFieldException(refusal.field, Text.of("required-when-ended-early"));
            case END_REASON_NOT_EARLY -> new InvalidFieldException(refusal.field, Text.of("only-when-ended-early"));
            case ENDED_IN_FUTURE -> new InvalidFieldException(refusal.field, Text.of("must-not-be-in-future"));
            case ENDED_ON_NOT_AN_END, NOTE_NOT_AN_END -> new InvalidFieldException(refusal.field, Text.of("only-when-ended"));
        };
    }

    /**
     * What a coordinator should look at: active cooperations ending within the attention window, soonest first, then
     * those that ended within it with no cooperation following them up, longest ago first.
     */
    public List<Attention> needingAttention(String networkId) {
        LocalDate today = today(networkId);
        int window = config.attentionDays();
        List<Attention> found = new ArrayList<>();
        for (Cooperation ending : cooperations.activeEndingBetween(networkId, today, today.plusDays(window))) {
            found.add(new Attention(Attention.Reason.ENDING_SOON, ChronoUnit.DAYS.between(today, ending.endsOn), ending));
        }
        for (Cooperation ended : cooperations.endedWithoutFollowUpSince(networkId, today.minusDays(window))) {
            found.add(new Attention(Attention.Reason.ENDED_WITHOUT_FOLLOW_UP, ChronoUnit.DAYS.between(ended.endedOn, today), ended));
        }
        return found;
    }

    private Cooperation current(String networkId, UUID cooperationId, long expectedVersion) {
        Cooperation cooperation = get(networkId, cooperationId);
        if (cooperation.version != expectedVersion) {
            throw new StaleVersionException(cooperation.version, expectedVersion);
        }
        return cooperation;
    }

    private void requireValid(String networkId, UUID cooperationId, CooperationCommand request) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw new InvalidFieldException("endsOn", Text.of("must-not-be-before", "startsOn"));
        }
        List<CooperationCommand.Party> parties = request.parties();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            if (!seen.add(parties.get(i).partnerId())) {
                throw new DuplicateEntryException("parties[%d].partnerId".formatted(i), Text.of("named-twice"));
            }
        }
        if (seen.size() < 2) {
            throw new RefusedFieldException("parties", Text.of("two-partners-at-least"));
        }
        Set<UUID> known = partners.findAllInNetwork(networkId, seen).stream().map(partner -> partner.id)
                .collect(Collectors.toSet());
        for (int i = 0; i < parties.size(); i++) {
            if (!known.contains(parties.get(i).partnerId())) {
                throw new UnknownReferenceException("parties[%d].partnerId".formatted(i), "partner");
            }
        }
        if (request.goalId() != null && goals.findInNetwork(networkId, request.goalId()).isEmpty()) {
            throw new UnknownReferenceException("goalId", "strategic goal");
        }
        UUID follows = request.followsCooperationId();
        if (follows != null && (follows.equals(cooperationId) || cooperations.findInNetwork(networkId, follows).isEmpty())) {
            throw new UnknownReferenceException("followsCooperationId", "cooperation");
        }
    }

    private static void apply(Cooperation cooperation, CooperationCommand request) {
        cooperation.purpose = request.purpose().strip();
        cooperation.goalId = request.goalId();
        cooperation.startsOn = request.startsOn();
        cooperation.endsOn = request.endsOn();
        cooperation.followsCooperationId = request.followsCooperationId();
        cooperation.parties.clear();
        for (CooperationCommand.Party party : request.parties()) {
            cooperation.parties.add(CooperationParty.of(cooperation.networkId, party.partnerId(), party.contribution()));
        }
    }

    private LocalDate today(String networkId) {
        return LocalDate.now(clock.withZone(ZoneId.of(networks.get(networkId).timeZone)));
    }

    public record CooperationPage(List<Cooperation> cooperations, long total) {
    }

    public record Attention(Reason reason, long days, Cooperation cooperation) {

        public enum Reason {
            /** Active, and its period ends within the attention window. */
            ENDING_SOON,
            /** Ended within the attention window, and no cooperation follows it up. */
            ENDED_WITHOUT_FOLLOW_UP
        }
    }
}
