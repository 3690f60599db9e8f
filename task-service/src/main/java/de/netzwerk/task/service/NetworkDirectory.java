package de.netzwerk.task.service;

import de.netzwerk.task.Partner;
import de.netzwerk.task.repository.PartnerGroupRepository;
import de.netzwerk.task.repository.PartnerRepository;
import de.netzwerk.task.repository.StrategicGoalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * What a task may name besides other tasks: the partners, groups and strategic goals of its own network, as
 * task-service knows them from partner-events. An id of another network is answered exactly like an id that exists
 * nowhere, so nothing about other networks leaks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NetworkDirectory {

    private final PartnerRepository partners;
    private final PartnerGroupRepository groups;
    private final StrategicGoalRepository goals;

    NetworkDirectory(PartnerRepository partners, PartnerGroupRepository groups, StrategicGoalRepository goals) {
        this.partners = partners;
        this.groups = groups;
        this.goals = goals;
    }

    /** A partner of the network who has not left it. */
    public Partner requireAssignable(String networkId, UUID partnerId) {
        Partner partner = partners.findInNetwork(networkId, partnerId)
                .orElseThrow(() -> new UnknownReferenceException("assigneeId", "partner"));
        if (Partner.LEFT.equals(partner.status)) {
            throw new UnknownReferenceException("assigneeId", "current partner");
        }
        return partner;
    }

    public void requireGroup(String networkId, UUID groupId) {
        if (!groups.existsInNetwork(networkId, groupId)) {
            throw new UnknownReferenceException("groupId", "group");
        }
    }

    public void requireGoal(String networkId, UUID goalId) {
        if (!goals.existsInNetwork(networkId, goalId)) {
            throw new UnknownReferenceException("goalId", "strategic goal");
        }
    }
}
