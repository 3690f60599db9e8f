package de.netzwerk.task.inbox;

import de.netzwerk.task.repository.PartnerBandRepository;
import de.netzwerk.task.repository.PartnerGroupRepository;
import de.netzwerk.task.repository.PartnerRepository;
import de.netzwerk.task.repository.StrategicGoalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * The network each partner, group and goal belongs to, as task-service first learnt it. An event that places one
 * of them in another network is refused as unprocessable, so it goes to the dead-letter topic: applied, it would
 * move another network's partner (and the tasks they own) into this one, or let facts of one network land on
 * another's objects. The first network learnt stands; an operator reads the dead letter to find out which was wrong.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KnownNetworks {

    private final PartnerRepository partners;
    private final PartnerBandRepository bands;
    private final PartnerGroupRepository groups;
    private final StrategicGoalRepository goals;

    KnownNetworks(PartnerRepository partners, PartnerBandRepository bands, PartnerGroupRepository groups,
            StrategicGoalRepository goals) {
        this.partners = partners;
        this.bands = bands;
        this.groups = groups;
        this.goals = goals;
    }

    /** Known from partner-events or, before them, from an engagement band. */
    public void requirePartner(IncomingEvent event, UUID partnerId) {
        requireAgreement(event, "partner", partnerId, partners.networkOf(partnerId));
        requireAgreement(event, "partner", partnerId, bands.networkOf(partnerId));
    }

    public void requireGroup(IncomingEvent event, UUID groupId) {
        requireAgreement(event, "group", groupId, groups.networkOf(groupId));
    }

    public void requireGoal(IncomingEvent event, UUID goalId) {
        requireAgreement(event, "goal", goalId, goals.networkOf(goalId));
    }

    private static void requireAgreement(IncomingEvent event, String kind, UUID id, Optional<String> known) {
        if (known.isPresent() && !known.get().equals(event.networkId())) {
            throw UnprocessableEventException.ofAnotherNetwork(kind, id, known.get(), event);
        }
    }
}
