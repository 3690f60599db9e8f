package de.netzwerk.task.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Everything task-service holds that names one partner, for their erasure. The partner replica (status, expertise
 * tags, the words of their offer) and their engagement band are deleted; their tasks stay the network's tasks,
 * without an owner: an open one is flagged for a coordinator to give to someone else, a done or cancelled one keeps
 * its due date and completion day, so that the network's counts of done, late and overdue work still read. Titles,
 * descriptions and cancel reasons are written by coordinators about the work and stay; deadline notices name only
 * the task. Bulk statements: the persistence context holds none of these rows in the transaction of the event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PartnerTraces {

    private final EntityManager entityManager;

    PartnerTraces(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Takes the partner off every task of theirs, a change {@code at} that moment; returns how many tasks they owned. */
    public int releaseTasks(String networkId, UUID partnerId, OffsetDateTime at) {
        return entityManager.createNativeQuery("""
                update task set assignee_id = null, assigned_at = null,
                       needs_reassignment = status in ('OPEN', 'IN_PROGRESS'), version = version + 1, updated_at = ?3
                where network_id = ?1 and assignee_id = ?2""")
                .setParameter(1, networkId)
                .setParameter(2, partnerId)
                .setParameter(3, at)
                .executeUpdate();
    }

    /** Deletes the replica and the band; after {@link #releaseTasks}, which the replica's key still protects. */
    public void removeReplica(String networkId, UUID partnerId) {
        entityManager.createNativeQuery("delete from partner_band where network_id = ?1 and partner_id = ?2")
                .setParameter(1, networkId).setParameter(2, partnerId).executeUpdate();
        entityManager.createNativeQuery("delete from partner where network_id = ?1 and id = ?2")
                .setParameter(1, networkId).setParameter(2, partnerId).executeUpdate();
    }
}
