package de.netzwerk.engagement.alerting;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.language.Languages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseTextTest {

    private final List<CaseText.Reason> absencesAndDrop = List.of(new CaseText.Reason(AlertRule.ABSENCE_STREAK, 2),
            new CaseText.Reason(AlertRule.SCORE_DROP, 2));

    @Test
    void twoReasonsAreClearedByOneCallInGerman() {
        assertEquals("Zwei Gründe: zwei unentschuldigte Fehltermine in Folge und ein starker Rückgang des Werts — "
                + "ein Anruf klärt beides.", CaseText.suggestedNextStep(absencesAndDrop, Languages.GERMAN));
    }

    @Test
    void twoReasonsAreClearedByOneCallInEnglish() {
        assertEquals("Two reasons: two unexcused absences in a row and a sharp drop of the score — one call covers both.",
                CaseText.suggestedNextStep(absencesAndDrop, Languages.ENGLISH));
    }

    @Test
    void threeReasonsAreListedAndClearedTogether() {
        List<CaseText.Reason> three = List.of(new CaseText.Reason(AlertRule.SILENCE, 1),
                new CaseText.Reason(AlertRule.TASKS_OVERDUE, 1), new CaseText.Reason(AlertRule.KEY_ACTOR_AT_RISK, 1));

        assertEquals("Drei Gründe: lange kein Lebenszeichen, eine überfällige Aufgabe und ein strategisches Ziel hängt an "
                + "der Person — ein Anruf klärt alles.", CaseText.suggestedNextStep(three, Languages.GERMAN));
    }

    @Test
    void oneReasonSaysWhatToDoAboutIt() {
        List<CaseText.Reason> one = List.of(new CaseText.Reason(AlertRule.ABSENCE_STREAK, 2));

        assertEquals("Call them and ask how they are and whether something about the group keeps them away.",
                CaseText.suggestedNextStep(one, Languages.ENGLISH));
        assertEquals(CaseText.suggestedNextStep(AlertRule.ABSENCE_STREAK, Languages.GERMAN),
                CaseText.suggestedNextStep(one, Languages.GERMAN));
        assertTrue(CaseText.suggestedNextStep(one, Languages.GERMAN).startsWith("Rufen Sie an"));
    }

    @Test
    void eachStepHasAStableCode() {
        assertEquals("step.absence-streak", CaseText.stepCode(AlertRule.ABSENCE_STREAK));
        assertEquals("step.key-actor-at-risk", CaseText.stepCode(List.of(new CaseText.Reason(AlertRule.KEY_ACTOR_AT_RISK, 1))));
        assertEquals("step.several-reasons", CaseText.stepCode(absencesAndDrop));
        assertEquals("step.nothing", CaseText.stepCode(List.of()));
    }

    @Test
    void everyRuleHasAStepInBothLanguages() {
        for (AlertRule rule : AlertRule.values()) {
            String german = CaseText.suggestedNextStep(rule, Languages.GERMAN);
            String english = CaseText.suggestedNextStep(rule, Languages.ENGLISH);

            assertNotEquals(CaseText.stepCode(rule), german, rule + " has German words");
            assertNotEquals(CaseText.stepCode(rule), english, rule + " has English words");
            assertNotEquals(german, english, rule.name());
        }
    }
}
