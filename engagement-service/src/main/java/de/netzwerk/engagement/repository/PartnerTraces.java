package de.netzwerk.engagement.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Every row of this service that names a partner. Erasing deletes them all: facts (attendance, invitations, answers,
 * minutes to read, tasks, memberships, departure, key-actor needs, their part in the resource exchange), pauses,
 * objections to scoring, the score with its band, queue entries, alerts with their evidence and cases, unpublished
 * events about them, and which network they belong to. What is the network's and not the person's stays (a meeting,
 * a group's alerts); a group's health then counts one member fewer, since the partner's attendance and membership
 * are gone.
 */
@ApplicationScoped
public class PartnerTraces {

    /** In order: evidence before its alert, an alert before its case, a task's notices before the task. */
    private static final String[] DELETIONS = {
            "delete from alert_evidence where network_id = ?1 and (reference_id = ?2 or alert_id in "
                    + "(select id from alert where network_id = ?1 and partner_id = ?2))",
            "delete from alert where network_id = ?1 and partner_id = ?2",
            "delete from alert_case where network_id = ?1 and partner_id = ?2",
            "delete from task_overdue_notice n where n.network_id = ?1 and n.task_id in "
                    + "(select task_id from task where network_id = ?1 and partner_id = ?2)",
            "delete from task where network_id = ?1 and partner_id = ?2",
            "delete from attendance where network_id = ?1 and partner_id = ?2",
            "delete from invitation where network_id = ?1 and partner_id = ?2",
            "delete from rsvp where network_id = ?1 and partner_id = ?2",
            "delete from minutes_reading where network_id = ?1 and partner_id = ?2",
            "delete from membership where network_id = ?1 and partner_id = ?2",
            "delete from partner_departure where network_id = ?1 and partner_id = ?2",
            "delete from key_actor where network_id = ?1 and partner_id = ?2",
            "delete from exchange_activity where network_id = ?1 and partner_id = ?2",
            "delete from pause where network_id = ?1 and partner_id = ?2",
            "delete from scoring_objection where network_id = ?1 and partner_id = ?2",
            "delete from partner_engagement where network_id = ?1 and partner_id = ?2",
            "delete from assessment_queue where network_id = ?1 and partner_id = ?2",
            "delete from known_subject where network_id = ?1 and kind = 'PARTNER' and subject_id = ?2",
    };

    private final EntityManager entityManager;

    PartnerTraces(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Deletes every row naming the partner in the network; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int remove(String networkId, UUID partnerId) {
        int rows = 0;
        for (String deletion : DELETIONS) {
            rows += entityManager.createNativeQuery(deletion)
                    .setParameter(1, networkId)
                    .setParameter(2, partnerId)
                    .executeUpdate();
        }
        return rows;
    }

    /** Events about the partner not published yet (a band change, an alert): they must not leave with their id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeUnpublishedEvents(String networkId, UUID partnerId) {
        return entityManager.createNativeQuery("""
                        delete from outbox_event where network_id = ?1 and (record_key = ?2 or payload like ?3)""")
                .setParameter(1, networkId)
                .setParameter(2, partnerId.toString())
                .setParameter(3, "%" + partnerId + "%")
                .executeUpdate();
    }
}
