package de.netzwerk.partner.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers every event processed, in the transaction of its effect: a redelivered event is recognised by
 * its {@code ce_id} and changes nothing.
 */
@ApplicationScoped
public class EventInbox {

    private final EntityManager entityManager;

    EventInbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time an event is seen; false for a redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(IncomingEvent event) {
        int inserted = entityManager.createNativeQuery("""
                insert into processed_event (event_id, event_type, processed_at) values (?1, ?2, now())
                on conflict (event_id) do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
