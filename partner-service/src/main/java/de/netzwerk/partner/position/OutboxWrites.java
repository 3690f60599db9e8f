package de.netzwerk.partner.position;

import de.netzwerk.partner.outbox.OutboxEvent;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Tells the request which events it wrote: each outbox row persisted while a request is being handled is noted in
 * its {@link WrittenEvents}. Rows written by consumers and scheduled jobs (no request) are not noted. A rolled-back
 * row is noted too, but then the request fails and no position is answered.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class OutboxWrites implements Interceptor {

    private final WrittenEvents written;

    OutboxWrites(WrittenEvents written) {
        this.written = written;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (entity instanceof OutboxEvent event && Arc.container().requestContext().isActive()) {
            written.add(event.eventId);
        }
        return false;
    }
}
