package de.netzwerk.task.inbox;

import de.netzwerk.task.position.ConsumedPositions;
import de.netzwerk.task.position.Offset;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Routes each incoming event to its handler, exactly once per {@code ce_id}.
 *
 * <p>A type we have a handler for is processed. Another version of such a type is refused as
 * unprocessable: it may carry meaning we would misread. A type we know nothing about is skipped on purpose
 * and counted ({@code netzwerk_events_skipped_total}), since producers may publish events we do not need. An
 * event read from Kafka also moves this service's consumed position past its offset, in the same transaction,
 * whether it was processed, skipped or a duplicate.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    private final Map<String, EventHandler> handlers;
    private final EventInbox inbox;
    private final MeterRegistry metrics;
    private final ConsumedPositions positions;

    EventDispatcher(Instance<EventHandler> handlers, EventInbox inbox, MeterRegistry metrics,
            ConsumedPositions positions) {
        this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::type, Function.identity()));
        this.inbox = inbox;
        this.metrics = metrics;
        this.positions = positions;
    }

    /** An event read from Kafka at this offset: once its transaction commits, a position up to it is reached. */
    @Transactional
    public void dispatch(IncomingEvent event, Offset at) {
        positions.passed(at);
        dispatch(event);
    }

    @Transactional
    public void dispatch(IncomingEvent event) {
        EventHandler handler = handlers.get(event.type());
        if (handler == null) {
            if (handlesOtherVersionOf(event.type())) {
                throw new UnprocessableEventException("unknown version of a known event type: " + event.type());
            }
            LOG.debugf("Skipping event %s of type %s: nothing here depends on it", event.id(), event.type());
            metrics.counter("netzwerk.events.skipped", "type", event.type()).increment();
            return;
        }
        if (!inbox.firstDelivery(event)) {
            metrics.counter("netzwerk.events.duplicates", "type", event.type()).increment();
            return;
        }
        handler.handle(event);
        metrics.counter("netzwerk.events.processed", "type", event.type()).increment();
    }

    private boolean handlesOtherVersionOf(String type) {
        String unversioned = withoutVersion(type);
        return handlers.keySet().stream().anyMatch(known -> withoutVersion(known).equals(unversioned));
    }

    private static String withoutVersion(String type) {
        int dot = type.lastIndexOf('.');
        return dot > 0 && type.substring(dot + 1).matches("v\\d+") ? type.substring(0, dot) : type;
    }
}
