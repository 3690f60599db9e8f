package de.netzwerk.engagement.service;

import de.netzwerk.engagement.AttendanceFact;
import de.netzwerk.engagement.event.AttendanceRecorded;
import de.netzwerk.engagement.inbox.EventHandler;
import de.netzwerk.engagement.inbox.EventPayloads;
import de.netzwerk.engagement.inbox.IncomingEvent;
import de.netzwerk.engagement.inbox.UnprocessableEventException;
import de.netzwerk.engagement.repository.AttendanceFactRepository;
import de.netzwerk.engagement.rule.AbsenceStreakRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Keeps the latest attendance per meeting and partner (a correction has a higher revision; an older revision
 * arriving late changes nothing) and lets the absence rule look at the partner's group again.
 */
@ApplicationScoped
public class AttendanceRecordedHandler implements EventHandler {

    private final EventPayloads payloads;
    private final AttendanceFactRepository attendance;
    private final AbsenceStreakRule absenceStreak;

    AttendanceRecordedHandler(EventPayloads payloads, AttendanceFactRepository attendance, AbsenceStreakRule absenceStreak) {
        this.payloads = payloads;
        this.attendance = attendance;
        this.absenceStreak = absenceStreak;
    }

    @Override
    public String type() {
        return AttendanceRecorded.TYPE;
    }

    @Override
    public void handle(IncomingEvent event) {
        AttendanceRecorded recorded = payloads.read(event, AttendanceRecorded.class);
        if (!event.networkId().equals(recorded.networkId()) || !event.subject().equals(recorded.partnerId().toString())) {
            throw new UnprocessableEventException("ce_networkid and ce_subject must name the network and partner of the data");
        }
        AttendanceFact fact = attendance.find(recorded.meetingId(), recorded.partnerId()).orElse(null);
        if (fact != null && fact.revision >= recorded.revision()) {
            return;
        }
        if (fact == null) {
            fact = new AttendanceFact();
            fact.id = UUID.randomUUID();
            fact.meetingId = recorded.meetingId();
            fact.partnerId = recorded.partnerId();
        }
        fact.networkId = recorded.networkId();
        fact.groupId = recorded.groupId();
        fact.meetingStartsAt = recorded.meetingStartsAt();
        fact.status = recorded.status();
        fact.revision = recorded.revision();
        if (!attendance.isPersistent(fact)) {
            attendance.persist(fact);
        }
        absenceStreak.evaluate(fact.networkId, fact.partnerId, fact.groupId);
    }
}
