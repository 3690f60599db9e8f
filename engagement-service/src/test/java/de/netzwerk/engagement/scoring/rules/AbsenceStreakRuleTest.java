package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertCondition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static de.netzwerk.engagement.scoring.rules.HistoryBuilder.aPartner;
import static de.netzwerk.engagement.scoring.PartnerHistory.AttendanceStatus.ABSENT;
import static de.netzwerk.engagement.scoring.PartnerHistory.AttendanceStatus.EXCUSED;
import static de.netzwerk.engagement.scoring.PartnerHistory.AttendanceStatus.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AbsenceStreakRuleTest {

    private final AbsenceStreakRule rule = new AbsenceStreakRule();
    private final UUID group = UUID.randomUUID();

    @Test
    void twoUnexcusedAbsencesInARowHoldWithTheMeetingsAsEvidenceOldestFirst() {
        HistoryBuilder history = aPartner();
        history.attended(group, 30, PRESENT);
        UUID first = history.attended(group, 20, ABSENT);
        UUID second = history.attended(group, 10, ABSENT);

        List<AlertCondition> conditions = rule.conditions(history.today(Policies.standard()));

        assertEquals(1, conditions.size());
        assertEquals(group, conditions.getFirst().groupId());
        assertEquals(List.of(first, second), conditions.getFirst().evidence().stream().map(AlertCondition.Proof::id).toList());
    }

    @Test
    void anExcusedAbsenceNeitherBreaksNorExtendsTheStreak() {
        HistoryBuilder history = aPartner();
        UUID first = history.attended(group, 30, ABSENT);
        history.attended(group, 20, EXCUSED);
        UUID last = history.attended(group, 10, ABSENT);

        List<AlertCondition> conditions = rule.conditions(history.today(Policies.standard()));

        assertEquals(List.of(first, last), conditions.getFirst().evidence().stream().map(AlertCondition.Proof::id).toList());
    }

    @Test
    void aPresenceByMeetingDateEndsTheStreakWhateverOrderItWasEnteredIn() {
        HistoryBuilder history = aPartner();
        history.attended(group, 10, PRESENT);
        history.attended(group, 30, ABSENT);
        history.attended(group, 20, ABSENT);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())));
    }

    @Test
    void absencesInDifferentGroupsAreNoStreak() {
        HistoryBuilder history = aPartner();
        history.attended(group, 20, ABSENT);
        history.attended(UUID.randomUUID(), 10, ABSENT);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())));
    }

    @Test
    void meetingsInAPauseDoNotCount() {
        HistoryBuilder history = aPartner().pausedFrom(25, 10);
        history.attended(group, 30, ABSENT);
        history.attended(group, 20, ABSENT);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())));
    }

    @Test
    void theStreakLengthIsThePolicys() {
        HistoryBuilder history = aPartner();
        history.attended(group, 20, ABSENT);
        history.attended(group, 10, ABSENT);

        assertEquals(List.of(), rule.conditions(history.today(Policies.withAbsenceStreak(3))));
    }
}
