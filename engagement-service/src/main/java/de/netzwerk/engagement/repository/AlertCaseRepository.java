package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.AlertCase;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.ClosingReason;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The cases, and the locks that keep one follow-up of a case at a time. */
@ApplicationScoped
public class AlertCaseRepository implements PanacheRepositoryBase<AlertCase, UUID> {

    /** The network's cases matching every filter given, most recently opened first. */
    public PanacheQuery<AlertCase> matching(String networkId, UUID partnerId, AlertStatus status) {
        List<String> conditions = new ArrayList<>(List.of("networkId = :network"));
        Parameters parameters = Parameters.with("network", networkId);
        if (partnerId != null) {
            conditions.add("partnerId = :partner");
            parameters.and("partner", partnerId);
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        return find(String.join(" and ", conditions), Sort.descending("openedAt").and("id"), parameters);
    }

    /** The case, if it is one of the network's. */
    public Optional<AlertCase> findInNetwork(String networkId, UUID caseId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", caseId))
                .firstResultOptional();
    }

    /**
     * The case read again under a row lock: one follow-up of a case at a time, and a version compared with what
     * another follow-up committed a moment ago, not with what this transaction read before it waited.
     */
    public void lockForFollowUp(AlertCase found) {
        getEntityManager().refresh(found, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The case's version moves now, even when only a note changes: a client holding the version must learn of it. */
    public void moveVersion(AlertCase followed) {
        getEntityManager().lock(followed, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** Cases a coordinator dismissed (a withdrawn case is dismissed by the service, with a closing reason). */
    public long countDismissedByCoordinators(String networkId) {
        return count("networkId = :network and status = :dismissed and closingReason is null",
                Parameters.with("network", networkId).and("dismissed", AlertStatus.DISMISSED));
    }

    /** Cases closed because the conditions of all their reasons ended before anyone followed them up. */
    public long countWithdrawn(String networkId) {
        return count("networkId = :network and closingReason = :ended",
                Parameters.with("network", networkId).and("ended", ClosingReason.CONDITION_ENDED));
    }

    public long countOpen(String networkId) {
        return count("networkId = :network and status in :open",
                Parameters.with("network", networkId).and("open", AlertStatus.OPEN_STATES));
    }
}
