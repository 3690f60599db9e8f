package de.netzwerk.partner.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * An event written before a partner's erasure may be published only after it (the relay runs apart from the
 * erasure's transaction): the erasure has swept the journal by then, so the journal forgets such an event as it is
 * recorded — one naming the erased partner in its key, subject or payload. {@code partner-erased} itself stays: it is
 * how a follower learns of the erasure.
 */
@ApplicationScoped
public class JournalErasures {

    static final String PARTNER_ERASED = Outbox.TYPE_PREFIX + "partner-erased.v1";

    private final EntityManager entityManager;

    JournalErasures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void forgetErasedIn(List<UUID> journaled) {
        entityManager.createNativeQuery("""
                        delete from published_event p
                        where p.event_id in (?1) and p.event_type <> ?2
                          and exists (select 1 from partner_erasure erasure
                                      where erasure.network_id = p.network_id
                                        and (p.record_key = erasure.partner_id::text or p.subject = erasure.partner_id::text
                                             or p.payload like '%' || erasure.partner_id::text || '%'))""")
                .setParameter(1, journaled)
                .setParameter(2, PARTNER_ERASED)
                .executeUpdate();
    }
}
