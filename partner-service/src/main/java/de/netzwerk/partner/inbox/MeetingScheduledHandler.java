package de.netzwerk.partner.inbox;

import de.netzwerk.partner.KnownMeeting;
import de.netzwerk.partner.event.MeetingScheduled;
import de.netzwerk.partner.repository.KnownMeetingRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Learns that a meeting exists in a network (meeting-service's {@code scheduled.v1}), for exchange entries posted at a
 * meeting. A meeting id already known in another network is refused to the dead-letter topic: an id names one
 * meeting of one network.
 */
@ApplicationScoped
class MeetingScheduledHandler implements EventHandler {

    private final EventPayloads payloads;
    private final KnownMeetingRepository meetings;
    private final Clock clock;

    MeetingScheduledHandler(EventPayloads payloads, KnownMeetingRepository meetings, Clock clock) {
        this.payloads = payloads;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public String type() {
        return MeetingScheduled.TYPE;
    }

    @Override
    public void handle(IncomingEvent event) {
        MeetingScheduled scheduled = payloads.read(event, MeetingScheduled.class);
        event.requireHeadersMatch(scheduled.networkId(), scheduled.meetingId());
        KnownMeeting known = meetings.findById(scheduled.meetingId());
        if (known != null) {
            if (!known.networkId.equals(scheduled.networkId())) {
                throw UnprocessableEventException.ofAnotherNetwork("meeting", known.meetingId, known.networkId, event);
            }
            return;
        }
        known = new KnownMeeting();
        known.meetingId = scheduled.meetingId();
        known.networkId = scheduled.networkId();
        known.learntAt = OffsetDateTime.now(clock);
        meetings.persist(known);
    }
}
