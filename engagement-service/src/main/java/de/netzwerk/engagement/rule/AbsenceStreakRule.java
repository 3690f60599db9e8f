package de.netzwerk.engagement.rule;

import de.netzwerk.engagement.AlertRule;
import de.netzwerk.engagement.AttendanceFact;
import de.netzwerk.engagement.Evidence;
import de.netzwerk.engagement.config.DefaultPolicy;
import de.netzwerk.engagement.event.AttendanceRecorded.Status;
import de.netzwerk.engagement.repository.AttendanceFactRepository;
import de.netzwerk.engagement.service.AlertService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Seed 000: "ob jemand nicht mehr zu den Treffen der Arbeitsgruppe … kommt". Counts a partner's unexcused
 * absences in one group back from their latest meeting, by meeting date: an excused absence neither breaks
 * nor extends the streak, a presence ends it. At the policy's threshold the partner gets an alert.
 */
@ApplicationScoped
public class AbsenceStreakRule {

    private final AttendanceFactRepository attendance;
    private final AlertService alerts;
    private final DefaultPolicy policy;

    AbsenceStreakRule(AttendanceFactRepository attendance, AlertService alerts, DefaultPolicy policy) {
        this.attendance = attendance;
        this.alerts = alerts;
        this.policy = policy;
    }

    public void evaluate(String networkId, UUID partnerId, UUID groupId) {
        List<Evidence> streak = new ArrayList<>();
        for (AttendanceFact fact : attendance.inGroupLatestFirst(networkId, partnerId, groupId)) {
            if (fact.status == Status.PRESENT) {
                break;
            }
            if (fact.status == Status.ABSENT) {
                streak.add(Evidence.meeting(fact.meetingId, fact.groupId, fact.meetingStartsAt));
            }
        }
        if (streak.size() >= policy.absenceStreak()) {
            alerts.raiseOrExtend(networkId, partnerId, AlertRule.ABSENCE_STREAK, groupId, streak);
        }
    }
}
