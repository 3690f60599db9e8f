package de.netzwerk.engagement.scoring;

import de.netzwerk.engagement.scoring.PartnerHistory.AttendanceStatus;
import de.netzwerk.engagement.scoring.PolicyComparison.FieldChange;
import de.netzwerk.engagement.scoring.PolicyComparison.PartnerDifference;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A candidate policy next to the one in force, for one partner: plain Java, no Quarkus, no database. */
class PolicyComparisonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Policy IN_FORCE = new Policy(60, 50, 30, 20, 50, 28, 14, 70, 40, 90, 2, 14, 90, 20, 60, 7, 14, 50);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final PolicyComparison comparison = new PolicyComparison(BERLIN);
    private final UUID group = UUID.randomUUID();

    @Test
    void aLongerStreakEndsTheRuleButLeavesTheScore() {
        Policy threeAbsences = new Policy(60, 50, 30, 20, 50, 28, 14, 70, 40, 90, 3, 14, 90, 20, 60, 7, 14, 50);
        PartnerDifference difference = comparison.compare(history(attended(14, AttendanceStatus.ABSENT),
                attended(7, AttendanceStatus.ABSENT)), IN_FORCE, threeAbsences, TODAY).orElseThrow();

        assertEquals(1, difference.rules().size());
        assertEquals(AlertRule.ABSENCE_STREAK, difference.rules().getFirst().condition().rule());
        assertFalse(difference.rules().getFirst().holdsWithCandidate());
        assertEquals(List.of("absenceStreak"), difference.rules().getFirst().becauseOf());
        assertEquals(0, difference.scoreChange());
        assertTrue(difference.ledger().isEmpty());
    }

    @Test
    void aHigherExcusedCreditShowsTheLedgerEntryThatCostsLess() {
        Policy fullCredit = new Policy(60, 50, 30, 20, 100, 28, 14, 70, 40, 90, 2, 14, 90, 20, 60, 7, 14, 50);
        PartnerHistory.Attendance excused = attended(10, AttendanceStatus.EXCUSED);
        PartnerDifference difference = comparison.compare(history(attended(10, AttendanceStatus.PRESENT), excused),
                IN_FORCE, fullCredit, TODAY).orElseThrow();

        assertEquals(75, difference.now().score());
        assertEquals(100, difference.candidate().score());
        assertEquals(1, difference.ledger().size());
        assertEquals(excused.meetingId(), difference.ledger().getFirst().referenceId());
        assertEquals(-25, difference.ledger().getFirst().pointsNow());
        assertNull(difference.ledger().getFirst().pointsCandidate());
    }

    @Test
    void aPartnerTheCandidateDoesNotTouchIsNotADifference() {
        Policy otherSilence = new Policy(60, 50, 30, 20, 50, 28, 14, 70, 40, 90, 2, 14, 120, 20, 60, 7, 14, 50);

        assertTrue(comparison.compare(history(attended(10, AttendanceStatus.PRESENT)), IN_FORCE, otherSilence, TODAY)
                .isEmpty());
        assertEquals(List.of(new FieldChange("silenceDays", 90, 120)), PolicyComparison.changedFields(IN_FORCE, otherSilence));
    }

    private PartnerHistory.Attendance attended(int daysAgo, AttendanceStatus status) {
        LocalDate day = TODAY.minusDays(daysAgo);
        return new PartnerHistory.Attendance(UUID.randomUUID(), group,
                day.atTime(LocalTime.of(18, 0)).atZone(BERLIN).toOffsetDateTime(), day, status, false);
    }

    private PartnerHistory history(PartnerHistory.Attendance... attendances) {
        return new PartnerHistory("n", UUID.randomUUID(), false, List.of(), List.of(attendances), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Map.of());
    }
}
