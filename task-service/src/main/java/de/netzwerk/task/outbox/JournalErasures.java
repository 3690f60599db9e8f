package de.netzwerk.task.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * An event written before a partner's erasure may be published only after it (the relay runs apart from the
 * erasure's transaction): the erasure has swept the journal by then, so the journal forgets such an event as it is
 * recorded. It names an erased partner if an id in its key, subject or payload has an erasure record in the network —
 * matched by digest, as this service keeps erased partners only as digests ({@code Erasure.digestOf}).
 */
@ApplicationScoped
public class JournalErasures {

    private final EntityManager entityManager;

    JournalErasures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void forgetErasedIn(List<UUID> journaled) {
        entityManager.createNativeQuery("""
                        delete from published_event p
                        where p.event_id in (?1)
                          and exists (select 1 from partner_erasure any_erasure where any_erasure.network_id = p.network_id)
                          and exists (
                            select 1
                            from regexp_matches(p.record_key || ' ' || p.subject || ' ' || p.payload,
                                    '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'g') as found(id)
                            join partner_erasure erasure on erasure.network_id = p.network_id
                             and erasure.partner_digest = encode(sha256(convert_to(found.id[1], 'UTF8')), 'hex'))""")
                .setParameter(1, journaled)
                .executeUpdate();
    }
}
