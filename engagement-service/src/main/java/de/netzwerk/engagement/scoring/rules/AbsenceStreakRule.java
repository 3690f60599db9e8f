package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.scoring.AlertCondition;
import de.netzwerk.engagement.scoring.PartnerHistory.Attendance;
import de.netzwerk.engagement.scoring.PartnerHistory.AttendanceStatus;
import de.netzwerk.engagement.scoring.PartnerHistory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Seed 000: "ob jemand nicht mehr zu den Treffen der Arbeitsgruppe … kommt". Per group, the unexcused absences back
 * from the latest meeting by meeting date, at least {@code absenceStreak} of them: an excused absence neither breaks
 * nor extends the streak, a presence ends it. Meetings in a pause do not count.
 *
 * <p>Settled facts: only recorded attendance, by its latest revision; an invitation without attendance is never an
 * absence. A streak is judged by the meetings' own dates, so a meeting entered late takes its place in it.
 */
public final class AbsenceStreakRule implements PartnerRule {

    @Override
    public AlertRule rule() {
        return AlertRule.ABSENCE_STREAK;
    }

    @Override
    public List<AlertCondition> conditions(RuleInput input) {
        PartnerHistory history = input.history();
        Map<UUID, List<Attendance>> byGroup = history.attendances().stream()
                .filter(attendance -> !attendance.cancelled() && !attendance.date().isAfter(input.asOf())
                        && !history.pausedOn(attendance.date()))
                .collect(Collectors.groupingBy(Attendance::groupId, LinkedHashMap::new, Collectors.toList()));
        List<AlertCondition> conditions = new ArrayList<>();
        byGroup.forEach((group, attendances) -> {
            attendances.sort(Comparator.comparing(Attendance::startsAt).reversed()
                    .thenComparing(attendance -> attendance.meetingId().toString()));
            List<AlertCondition.Proof> streak = new ArrayList<>();
            for (Attendance attendance : attendances) {
                if (attendance.status() == AttendanceStatus.PRESENT) {
                    break;
                }
                if (attendance.status() == AttendanceStatus.ABSENT) {
                    streak.add(new AlertCondition.Proof("MEETING", attendance.meetingId(), group, attendance.startsAt()));
                }
            }
            if (streak.size() >= input.policy().absenceStreak()) {
                conditions.add(new AlertCondition(AlertRule.ABSENCE_STREAK, group, streak.reversed(),
                        Text.of("summary.absence-streak", streak.size(), group)));
            }
        });
        return conditions;
    }
}
