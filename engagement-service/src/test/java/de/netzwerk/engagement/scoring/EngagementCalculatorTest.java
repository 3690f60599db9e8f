package de.netzwerk.engagement.scoring;

import de.netzwerk.engagement.scoring.PartnerHistory.AttendanceStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scoring model alone: plain Java, no Quarkus, no database. */
class EngagementCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Policy POLICY = new Policy(60, 50, 30, 20, 50, 28, 14, 70, 40, 90, 2, 14, 90, 20, 60, 7, 14, 50);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final EngagementCalculator calculator = new EngagementCalculator(BERLIN);
    private final UUID group = UUID.randomUUID();

    @Test
    void aPartnerWhoCameToEveryMeetingScoresFullMarksWithAnEmptyLedger() {
        Assessment assessment = calculator.assess(history(List.of(attended(30, AttendanceStatus.PRESENT), attended(10, AttendanceStatus.PRESENT)),
                List.of(), List.of()), POLICY, TODAY);

        assertEquals(100, assessment.score());
        assertEquals(Band.ENGAGED, assessment.band());
        assertTrue(assessment.ledger().isEmpty());
    }

    @Test
    void anExcusedAbsenceCostsHalfOfAnUnexcusedOne() {
        Assessment excused = calculator.assess(history(List.of(attended(10, AttendanceStatus.PRESENT), attended(10, AttendanceStatus.EXCUSED)),
                List.of(), List.of()), POLICY, TODAY);
        Assessment absent = calculator.assess(history(List.of(attended(10, AttendanceStatus.PRESENT), attended(10, AttendanceStatus.ABSENT)),
                List.of(), List.of()), POLICY, TODAY);

        assertEquals(75, excused.score());
        assertEquals(50, absent.score());
        assertTrue(absent.ledger().getFirst().explanation().startsWith("\u221250: absent without excuse from group " + group));
    }

    @Test
    void recentAbsencesWeighMoreThanOldOnes() {
        Assessment recentAbsence = calculator.assess(history(List.of(attended(120, AttendanceStatus.PRESENT), attended(0, AttendanceStatus.ABSENT)),
                List.of(), List.of()), POLICY, TODAY);
        Assessment oldAbsence = calculator.assess(history(List.of(attended(120, AttendanceStatus.ABSENT), attended(0, AttendanceStatus.PRESENT)),
                List.of(), List.of()), POLICY, TODAY);

        assertEquals(20, recentAbsence.score());
        assertEquals(80, oldAbsence.score());
    }

    @Test
    void theLedgerAlwaysAddsUpToTheScore() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<PartnerHistory.Attendance> attendances = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                attendances.add(attended(random.nextInt(400), AttendanceStatus.values()[random.nextInt(3)]));
            }
            List<PartnerHistory.Task> tasks = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                LocalDate due = TODAY.minusDays(random.nextInt(200) - 20);
                boolean done = random.nextBoolean();
                tasks.add(new PartnerHistory.Task(UUID.randomUUID(), null, due,
                        done ? PartnerHistory.TaskStatus.COMPLETED : PartnerHistory.TaskStatus.OPEN, due.minusDays(30),
                        done ? due.plusDays(random.nextInt(40) - 5) : null, done ? null : due.plusDays(1)));
            }
            List<PartnerHistory.Invitation> invitations = attendances.stream()
                    .map(a -> new PartnerHistory.Invitation(a.meetingId(), group, a.startsAt(), a.date(), false, false))
                    .toList();
            Assessment assessment = calculator.assess(history(attendances, tasks, invitations), POLICY, TODAY);
            if (assessment.score() == null) {
                continue;
            }
            int sum = assessment.ledger().stream().mapToInt(LedgerEntry::points).sum();
            assertEquals(assessment.score(), 100 + sum, "round " + round);
        }
    }

    @Test
    void theOrderOfFactsDoesNotMatter() {
        List<PartnerHistory.Attendance> attendances = new ArrayList<>(List.of(attended(50, AttendanceStatus.ABSENT),
                attended(40, AttendanceStatus.EXCUSED), attended(30, AttendanceStatus.PRESENT), attended(20, AttendanceStatus.ABSENT), attended(10, AttendanceStatus.ABSENT)));
        Assessment inOrder = calculator.assess(history(attendances, List.of(), List.of()), POLICY, TODAY);
        Collections.reverse(attendances);
        Assessment reversed = calculator.assess(history(attendances, List.of(), List.of()), POLICY, TODAY);

        assertEquals(inOrder, reversed);
        assertEquals(AlertRule.ABSENCE_STREAK, inOrder.conditions().getFirst().rule());
        assertEquals(2, inOrder.conditions().getFirst().evidence().size());
    }

    @Test
    void nothingInAPauseCountsAndNoAlertIsRaisedDuringIt() {
        PartnerHistory.Pause pause = new PartnerHistory.Pause(TODAY.minusDays(25), TODAY.plusDays(60), "PARENTAL_LEAVE");
        PartnerHistory paused = new PartnerHistory("n", UUID.randomUUID(), false, List.of(),
                List.of(attended(40, AttendanceStatus.PRESENT), attended(20, AttendanceStatus.ABSENT), attended(10, AttendanceStatus.ABSENT)),
                List.of(), List.of(), List.of(), List.of(), List.of(pause), List.of(), Map.of());

        Assessment assessment = calculator.assess(paused, POLICY, TODAY);

        assertEquals(100, assessment.score());
        assertTrue(assessment.paused());
        assertTrue(assessment.conditions().isEmpty());
    }

    @Test
    void aTaskOverdueBeyondTheThresholdRaisesTheOverdueCondition() {
        PartnerHistory.Task overdue = new PartnerHistory.Task(UUID.randomUUID(), null, TODAY.minusDays(15),
                PartnerHistory.TaskStatus.OPEN, TODAY.minusDays(40), null, TODAY.minusDays(14));
        Assessment assessment = calculator.assess(history(List.of(), List.of(overdue), List.of()), POLICY, TODAY);

        assertEquals(AlertRule.TASKS_OVERDUE, assessment.conditions().getFirst().rule());
        assertEquals(46, assessment.score());
        assertEquals(-54, assessment.ledger().getFirst().points());
    }

    @Test
    void theLedgerNamesATaskByItsDueDateAndIdNeverByItsTitle() {
        PartnerHistory.Task overdue = new PartnerHistory.Task(UUID.randomUUID(), null, LocalDate.of(2026, 11, 3),
                PartnerHistory.TaskStatus.OPEN, TODAY.minusDays(40), null, LocalDate.of(2026, 11, 4));
        PartnerHistory.Task late = new PartnerHistory.Task(UUID.randomUUID(), null, LocalDate.of(2026, 10, 1),
                PartnerHistory.TaskStatus.COMPLETED, TODAY.minusDays(60), LocalDate.of(2026, 10, 13), null);
        Assessment assessment = calculator.assess(history(List.of(), List.of(overdue, late), List.of()), POLICY, TODAY);

        assertEquals(List.of("task due 2026-11-03 overdue by 19 days", "task due 2026-10-01 completed 12 days late on 2026-10-13"),
                assessment.ledger().stream().map(LedgerEntry::reason).toList());
        assertEquals(List.of(overdue.taskId(), late.taskId()),
                assessment.ledger().stream().map(LedgerEntry::referenceId).toList());
    }

    @Test
    void aTaskPastItsDueDateWithoutTheDeadlineClocksNoticeNeitherPullsDownNorRaisesAnything() {
        PartnerHistory.Task enteredAsDone = new PartnerHistory.Task(UUID.randomUUID(), null,
                TODAY.minusDays(45), PartnerHistory.TaskStatus.OPEN, TODAY.minusDays(60), null, null);
        Assessment assessment = calculator.assess(history(List.of(), List.of(enteredAsDone), List.of()), POLICY, TODAY);

        assertEquals(List.of(), assessment.conditions());
        assertEquals(null, assessment.score());
    }

    @Test
    void theDayOfAMeetingsMinutesIsTheNetworksDay() {
        // Minutes of a meeting that started 23:30 in Berlin were missed on the next day in Tokyo.
        PartnerHistory.MinutesToRead minutes = new PartnerHistory.MinutesToRead(UUID.randomUUID(), group,
                TODAY.minusDays(30).atTime(LocalTime.of(23, 30)).atZone(BERLIN).toOffsetDateTime(),
                TODAY.minusDays(29), null);
        PartnerHistory history = new PartnerHistory("n", UUID.randomUUID(), false, List.of(), List.of(), List.of(),
                List.of(), List.of(minutes), List.of(), List.of(), List.of(), Map.of());

        LocalDate inBerlin = calculator.assess(history, POLICY, TODAY).ledger().getFirst().date();
        LocalDate inTokyo = new EngagementCalculator(ZoneId.of("Asia/Tokyo")).assess(history, POLICY, TODAY)
                .ledger().getFirst().date();

        assertEquals(TODAY.minusDays(30), inBerlin);
        assertEquals(TODAY.minusDays(29), inTokyo);
    }

    @Test
    void withoutAnyFactThereIsNoScore() {
        assertNull(calculator.assess(history(List.of(), List.of(), List.of()), POLICY, TODAY).score());
    }

    @Test
    void apportionedPointsAddUpExactly() {
        assertEquals(List.of(1, 1, 1), boxed(EngagementCalculator.apportion(List.of(0.9, 0.9, 0.9), 3)));
        assertEquals(List.of(1, 0, 1), boxed(EngagementCalculator.apportion(List.of(0.6, 0.3, 0.7), 2)));
    }

    private static List<Integer> boxed(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private PartnerHistory.Attendance attended(int daysAgo, AttendanceStatus status) {
        LocalDate day = TODAY.minusDays(daysAgo);
        return new PartnerHistory.Attendance(UUID.randomUUID(), group,
                day.atTime(LocalTime.of(18, 0)).atZone(BERLIN).toOffsetDateTime(), day, status, false);
    }

    private PartnerHistory history(List<PartnerHistory.Attendance> attendances, List<PartnerHistory.Task> tasks,
            List<PartnerHistory.Invitation> invitations) {
        return new PartnerHistory("n", UUID.randomUUID(), false, List.of(), attendances, invitations, List.of(), List.of(),
                tasks, List.of(), List.of(), Map.of());
    }
}
