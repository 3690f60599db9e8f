package de.netzwerk.meeting.inbox;

import de.netzwerk.meeting.event.NetworkSettingsEvent;
import de.netzwerk.meeting.repository.NetworkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Keeps meeting-service's replica of each network's time zone and language from network-registered and
 * network-updated (partner-service is their one source of truth). The network's version orders them: an event
 * older than the settings stored changes nothing. A zone Java does not know is refused, so the event goes to the
 * dead-letter topic instead of breaking every calendar day of the network later.
 */
@ApplicationScoped
public class NetworkSettingsReplica {

    private final NetworkRepository networks;

    NetworkSettingsReplica(NetworkRepository networks) {
        this.networks = networks;
    }

    void apply(IncomingEvent event, NetworkSettingsEvent settings) {
        if (!event.networkId().equals(settings.networkId()) || !event.subject().equals(settings.networkId())) {
            throw new UnprocessableEventException("ce_networkid and ce_subject must name the network of the data");
        }
        try {
            ZoneId.of(settings.timeZone());
        } catch (DateTimeException e) {
            throw new UnprocessableEventException(event.type() + " names an unknown time zone: " + settings.timeZone(), e);
        }
        networks.apply(settings.networkId(), settings.timeZone(), settings.defaultLanguage(), settings.version(),
                settings.asOf());
    }

    /**
     * The two events differ only in their type. Its handlers are singletons, not application-scoped: a client proxy
     * would need a constructor this class does not have.
     */
    abstract static class Handler implements EventHandler {
        private final NetworkSettingsReplica replica;
        private final EventPayloads payloads;

        Handler(NetworkSettingsReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.apply(event, payloads.read(event, NetworkSettingsEvent.class));
        }
    }

    @Singleton
    static class RegisteredHandler extends Handler {
        RegisteredHandler(NetworkSettingsReplica replica, EventPayloads payloads) {
            super(replica, payloads);
        }

        @Override
        public String type() {
            return NetworkSettingsEvent.REGISTERED;
        }
    }

    @Singleton
    static class UpdatedHandler extends Handler {
        UpdatedHandler(NetworkSettingsReplica replica, EventPayloads payloads) {
            super(replica, payloads);
        }

        @Override
        public String type() {
            return NetworkSettingsEvent.UPDATED;
        }
    }
}
