package de.netzwerk.engagement.alerting;

import de.netzwerk.engagement.AlertRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseTextTest {

    private final List<CaseText.Reason> absencesAndDrop = List.of(new CaseText.Reason(AlertRule.ABSENCE_STREAK, 2),
            new CaseText.Reason(AlertRule.SCORE_DROP, 2));

    @Test
    void twoReasonsAreClearedByOneCallInGerman() {
        assertEquals("Zwei Gründe: zwei unentschuldigte Fehltermine in Folge und ein starker Rückgang des Werts — "
                + "ein Anruf klärt beides.", CaseText.suggestedNextStep(absencesAndDrop, true));
    }

    @Test
    void twoReasonsAreClearedByOneCallInEnglish() {
        assertEquals("Two reasons: two unexcused absences in a row and a sharp drop of the score — one call covers both.",
                CaseText.suggestedNextStep(absencesAndDrop, false));
    }

    @Test
    void threeReasonsAreListedAndClearedTogether() {
        List<CaseText.Reason> three = List.of(new CaseText.Reason(AlertRule.SILENCE, 1),
                new CaseText.Reason(AlertRule.TASKS_OVERDUE, 1), new CaseText.Reason(AlertRule.KEY_ACTOR_AT_RISK, 1));

        assertEquals("Drei Gründe: lange kein Lebenszeichen, eine überfällige Aufgabe und ein strategisches Ziel hängt an "
                + "der Person — ein Anruf klärt alles.", CaseText.suggestedNextStep(three, true));
    }

    @Test
    void oneReasonSaysWhatToDoAboutIt() {
        List<CaseText.Reason> one = List.of(new CaseText.Reason(AlertRule.ABSENCE_STREAK, 2));

        assertEquals(AlertRule.ABSENCE_STREAK.suggestedNextStep(), CaseText.suggestedNextStep(one, false));
        assertTrue(CaseText.suggestedNextStep(one, true).startsWith("Rufen Sie an"));
    }

    @Test
    void germanOnlyWhenTheCallerPrefersIt() {
        assertTrue(CaseText.german(List.of(Locale.GERMANY, Locale.ENGLISH)));
        assertFalse(CaseText.german(List.of(Locale.ENGLISH, Locale.GERMAN)));
        assertFalse(CaseText.german(List.of()), "English when the caller says nothing");
    }
}
