package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.event.AttendanceRecorded;
import de.netzwerk.engagement.event.ConsumedEvent;
import de.netzwerk.engagement.event.ExchangeAgreed;
import de.netzwerk.engagement.event.ExchangeCompleted;
import de.netzwerk.engagement.event.ExchangeNeedPosted;
import de.netzwerk.engagement.event.ExchangeOfferPosted;
import de.netzwerk.engagement.event.GoalActorNeedsChanged;
import de.netzwerk.engagement.event.InvitationsSent;
import de.netzwerk.engagement.event.MeetingCancelled;
import de.netzwerk.engagement.event.MembershipEnded;
import de.netzwerk.engagement.event.MembershipStarted;
import de.netzwerk.engagement.event.MinutesAcknowledged;
import de.netzwerk.engagement.event.MinutesPublished;
import de.netzwerk.engagement.event.NetworkSettingsEvent;
import de.netzwerk.engagement.event.PartnerErased;
import de.netzwerk.engagement.event.PartnerLeft;
import de.netzwerk.engagement.event.PartnerRegistered;
import de.netzwerk.engagement.event.PersonalDataExportRequested;
import de.netzwerk.engagement.event.RsvpReceived;
import de.netzwerk.engagement.event.TaskEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The event types engagement depends on, each read into this service's own record. A type not listed is
 * skipped on purpose (producers publish events we do not need); another version of a listed type is refused,
 * since it may carry meaning we would misread.
 */
@ApplicationScoped
public class EventReaders {

    private final Map<String, Function<IncomingEvent, ConsumedEvent>> readers = new HashMap<>();

    EventReaders(EventPayloads payloads) {
        register(AttendanceRecorded.TYPE, event -> payloads.read(event, AttendanceRecorded.class));
        register(InvitationsSent.TYPE, event -> payloads.read(event, InvitationsSent.class));
        register(RsvpReceived.TYPE, event -> payloads.read(event, RsvpReceived.class));
        register(MeetingCancelled.TYPE, event -> payloads.read(event, MeetingCancelled.class));
        register(MinutesPublished.TYPE, event -> payloads.read(event, MinutesPublished.class));
        register(MinutesAcknowledged.TYPE, event -> payloads.read(event, MinutesAcknowledged.class));
        register(MembershipStarted.TYPE, event -> payloads.read(event, MembershipStarted.class));
        register(MembershipStarted.CHANGED_TYPE, event -> payloads.read(event, MembershipStarted.class));
        register(MembershipEnded.TYPE, event -> payloads.read(event, MembershipEnded.class));
        register(PartnerRegistered.TYPE, event -> payloads.read(event, PartnerRegistered.class));
        register(PartnerLeft.TYPE, event -> payloads.read(event, PartnerLeft.class));
        register(PartnerErased.TYPE, event -> payloads.read(event, PartnerErased.class));
        register(PersonalDataExportRequested.TYPE, event -> payloads.read(event, PersonalDataExportRequested.class));
        register(GoalActorNeedsChanged.TYPE, event -> payloads.read(event, GoalActorNeedsChanged.class));
        register(ExchangeOfferPosted.TYPE, event -> payloads.read(event, ExchangeOfferPosted.class));
        register(ExchangeNeedPosted.TYPE, event -> payloads.read(event, ExchangeNeedPosted.class));
        register(ExchangeAgreed.TYPE, event -> payloads.read(event, ExchangeAgreed.class));
        register(ExchangeCompleted.TYPE, event -> payloads.read(event, ExchangeCompleted.class));
        register(NetworkSettingsEvent.REGISTERED, event -> networkSettings(payloads, event));
        register(NetworkSettingsEvent.UPDATED, event -> networkSettings(payloads, event));
        for (TaskEvent.Kind kind : TaskEvent.Kind.values()) {
            register(kind.type(), event -> payloads.read(event, TaskEvent.class).withKind(kind));
        }
    }

    /**
     * Keyed by the network, so ce_subject names it too. A zone Java does not know is refused here, so the event goes
     * to the dead-letter topic instead of breaking every day of the network later.
     */
    private static NetworkSettingsEvent networkSettings(EventPayloads payloads, IncomingEvent event) {
        NetworkSettingsEvent settings = payloads.read(event, NetworkSettingsEvent.class);
        if (!event.subject().equals(settings.networkId())) {
            throw new UnprocessableEventException("ce_subject must name the network of the data");
        }
        try {
            ZoneId.of(settings.timeZone());
        } catch (DateTimeException e) {
            throw new UnprocessableEventException(event.type() + " names an unknown time zone: " + settings.timeZone(), e);
        }
        return settings;
    }

    private void register(String type, Function<IncomingEvent, ConsumedEvent> reader) {
        readers.put(type, event -> {
            ConsumedEvent data = reader.apply(event);
            if (!event.networkId().equals(data.networkId())) {
                throw new UnprocessableEventException("ce_networkid '" + event.networkId()
                        + "' does not name the network of the data '" + data.networkId() + "'");
            }
            return data;
        });
    }

    /**
     * The event's data, or empty for a type nothing here depends on.
     *
     * @throws UnprocessableEventException for unreadable data or an unknown version of a known type
     */
    public Optional<ConsumedEvent> read(IncomingEvent event) {
        Function<IncomingEvent, ConsumedEvent> reader = readers.get(event.type());
        if (reader == null) {
            if (handlesOtherVersionOf(event.type())) {
                throw new UnprocessableEventException("unknown version of a known event type: " + event.type());
            }
            return Optional.empty();
        }
        return Optional.of(reader.apply(event));
    }

    private boolean handlesOtherVersionOf(String type) {
        String unversioned = withoutVersion(type);
        return readers.keySet().stream().anyMatch(known -> withoutVersion(known).equals(unversioned));
    }

    private static String withoutVersion(String type) {
        int dot = type.lastIndexOf('.');
        return dot > 0 && type.substring(dot + 1).matches("v\\d+") ? type.substring(0, dot) : type;
    }
}
