package de.netzwerk.partner.service;

import de.netzwerk.partner.ActorNeed;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import de.netzwerk.partner.StrategicGoal;
import de.netzwerk.partner.event.GoalActorNeedsChanged;
import de.netzwerk.partner.event.GoalCreated;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.outbox.Outbox;
import de.netzwerk.partner.repository.GoalRepository;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.service.command.ActorNeedsCommand;
import de.netzwerk.partner.service.command.GoalCommand;
import de.netzwerk.partner.service.StrategyGaps.GoalGaps;
import de.netzwerk.partner.service.StrategyGaps.MissingActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Strategic goals, the actors each needs (SOLL), and how far the network (IST) is from them. */
@ApplicationScoped
@Transactional
public class StrategyService {

    private final GoalRepository goals;
    private final PartnerRepository partners;
    private final NetworkService networks;
    private final Outbox outbox;
    private final Clock clock;

    StrategyService(GoalRepository goals, PartnerRepository partners, NetworkService networks, Outbox outbox, Clock clock) {
        this.goals = goals;
        this.partners = partners;
        this.networks = networks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Creates a goal and publishes goal-created, so that other services know the goal is of this network. */
    public StrategicGoal create(String networkId, GoalCommand request) {
        networks.get(networkId);
        requirePartner(networkId, request.responsiblePartnerId(), "responsiblePartnerId");
        StrategicGoal goal = new StrategicGoal();
        goal.id = UUID.randomUUID();
        goal.networkId = networkId;
        goal.title = request.title().strip();
        goal.category = request.category();
        goal.priority = request.priority();
        goal.responsiblePartnerId = request.responsiblePartnerId();
        goal.createdAt = OffsetDateTime.now(clock);
        goal.updatedAt = goal.createdAt;
        goals.persist(goal);
        outbox.add(GoalCreated.of(goal));
        return goal;
    }

    public StrategicGoal get(String networkId, UUID goalId) {
        return goals.findInNetwork(networkId, goalId).orElseThrow(() -> new ResourceNotFoundException("goal", goalId));
    }

    /** The network's goals, the most important first; only those changed at or after {@code updatedSince} if given. */
    public GoalPage list(String networkId, OffsetDateTime updatedSince, Page page) {
        networks.get(networkId);
        PanacheQuery<StrategicGoal> query = goals.changedSince(networkId, updatedSince).page(page);
        return new GoalPage(query.list(), query.count());
    }

    public record GoalPage(List<StrategicGoal> goals, long total) {
    }

    /** Replaces the actors a goal needs; publishes goal-actor-needs-changed when the needed partners change. */
    public StrategicGoal replaceActorNeeds(String networkId, UUID goalId, long expectedVersion, ActorNeedsCommand request) {
        StrategicGoal goal = get(networkId, goalId);
        Versions.require(goal.version, expectedVersion);
        for (int i = 0; i < request.needs().size(); i++) {
            ActorNeedsCommand.Need need = request.needs().get(i);
            if (need.partnerId() == null && (need.description() == null || need.description().isBlank())) {
                throw new InvalidFieldException("needs[%d]".formatted(i), Text.of("partner-or-description"));
            }
            requirePartner(networkId, need.partnerId(), "needs[%d].partnerId".formatted(i));
        }
        GoalActorNeedsChanged before = GoalActorNeedsChanged.of(goal);
        goal.actorNeeds.clear();
        for (ActorNeedsCommand.Need requested : request.needs()) {
            ActorNeed need = new ActorNeed();
            need.id = UUID.randomUUID();
            need.networkId = goal.networkId;
            need.position = goal.actorNeeds.size();
            need.partnerId = requested.partnerId();
            need.description = requested.description();
            need.sector = requested.sector();
            need.purpose = requested.purpose().strip();
            need.keyActor = requested.keyActor();
            goal.actorNeeds.add(need);
        }
        goal.updatedAt = OffsetDateTime.now(clock);
        goals.flush(); // raises the goal's version, which the response's ETag names
        GoalActorNeedsChanged after = GoalActorNeedsChanged.of(goal);
        if (!before.neededPartners().equals(after.neededPartners())) {
            outbox.add(after);
        }
        return goal;
    }

    /** Per goal, most important first: the needed actors who are not active partners; and the sectors nobody represents. */
    public StrategyGaps gaps(String networkId) {
        networks.get(networkId);
        Map<UUID, Partner> byId = partners.list("networkId", networkId).stream()
                .collect(Collectors.toMap(partner -> partner.id, Function.identity()));
        List<GoalGaps> goalGaps = goals.byPriority(networkId).stream()
                .map(goal -> new GoalGaps(goal.id, goal.title, goal.category, goal.priority, goal.actorNeeds.stream()
                        .filter(need -> !isActive(byId.get(need.partnerId)))
                        .map(need -> missing(need, byId.get(need.partnerId)))
                        .toList()))
                .toList();
        Set<Sector> represented = byId.values().stream().filter(partner -> partner.status == PartnerStatus.ACTIVE)
                .map(partner -> partner.sector).collect(Collectors.toCollection(() -> EnumSet.noneOf(Sector.class)));
        List<Sector> notRepresented = Arrays.stream(Sector.values()).filter(sector -> !represented.contains(sector)).toList();
        return new StrategyGaps(goalGaps, notRepresented);
    }

    /** False for an actor who is no partner of the network, such as a partner of another named before issue 12. */
    private static boolean isActive(Partner partner) {
        return partner != null && partner.status == PartnerStatus.ACTIVE;
    }

    private static MissingActor missing(ActorNeed need, Partner partner) {
        return new MissingActor(need.partnerId, partner != null ? partner.name : need.description,
                partner != null ? partner.sector : need.sector, need.purpose, need.keyActor,
                partner != null ? partner.status : null);
    }

    private void requirePartner(String networkId, UUID partnerId, String field) {
        if (partnerId != null && partners.findInNetwork(networkId, partnerId).isEmpty()) {
            throw new UnknownReferenceException(field, "partner");
        }
    }
}
