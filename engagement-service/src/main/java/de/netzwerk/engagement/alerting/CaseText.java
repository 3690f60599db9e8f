package de.netzwerk.engagement.alerting;

import de.netzwerk.engagement.AlertRule;

import java.util.List;
import java.util.Locale;

/**
 * What a coordinator might do next about a case, in German or English, built from its reasons: one reason says
 * what to do about it, several say that one call clears them all. The alerts' own suggested next steps (per rule)
 * and the service's problem texts are English only.
 */
public final class CaseText {

    private CaseText() {
    }

    /** A reason of the case: its rule and how many pieces of evidence it rests on. */
    public record Reason(AlertRule rule, int evidence) {
    }

    /** German when the caller prefers it, English otherwise. */
    public static boolean german(List<Locale> preferred) {
        return !preferred.isEmpty() && "de".equals(preferred.getFirst().getLanguage());
    }

    public static String suggestedNextStep(List<Reason> reasons, boolean german) {
        if (reasons.isEmpty()) {
            return german ? "Nichts zu tun: kein Grund besteht mehr." : "Nothing to do: no reason holds any more.";
        }
        if (reasons.size() == 1) {
            AlertRule rule = reasons.getFirst().rule();
            return german ? stepInGerman(rule) : rule.suggestedNextStep();
        }
        List<String> named = reasons.stream().map(reason -> german ? inGerman(reason) : inEnglish(reason)).toList();
        String listed = String.join(", ", named.subList(0, named.size() - 1)) + (german ? " und " : " and ")
                + named.getLast();
        return german
                ? "%s Gründe: %s — ein Anruf klärt %s.".formatted(capitalised(numberInGerman(reasons.size())), listed,
                        reasons.size() == 2 ? "beides" : "alles")
                : "%s reasons: %s — one call covers %s.".formatted(capitalised(numberInEnglish(reasons.size())), listed,
                        reasons.size() == 2 ? "both" : "them all");
    }

    private static String inGerman(Reason reason) {
        return switch (reason.rule()) {
            case ABSENCE_STREAK -> reason.evidence() == 1 ? "ein unentschuldigter Fehltermin"
                    : numberInGerman(reason.evidence()) + " unentschuldigte Fehltermine in Folge";
            case TASKS_OVERDUE -> reason.evidence() == 1 ? "eine überfällige Aufgabe"
                    : numberInGerman(reason.evidence()) + " überfällige Aufgaben";
            case SILENCE -> "lange kein Lebenszeichen";
            case SCORE_DROP -> "ein starker Rückgang des Werts";
            case KEY_ACTOR_AT_RISK -> "ein strategisches Ziel hängt an der Person";
            case GROUP_DYING -> "die Gruppe droht einzuschlafen";
        };
    }

    private static String inEnglish(Reason reason) {
        return switch (reason.rule()) {
            case ABSENCE_STREAK -> reason.evidence() == 1 ? "an unexcused absence"
                    : numberInEnglish(reason.evidence()) + " unexcused absences in a row";
            case TASKS_OVERDUE -> reason.evidence() == 1 ? "an overdue task"
                    : numberInEnglish(reason.evidence()) + " overdue tasks";
            case SILENCE -> "a long silence";
            case SCORE_DROP -> "a sharp drop of the score";
            case KEY_ACTOR_AT_RISK -> "a strategic goal depends on them";
            case GROUP_DYING -> "the group is fading";
        };
    }

    /** The German of {@link AlertRule#suggestedNextStep()}. */
    private static String stepInGerman(AlertRule rule) {
        return switch (rule) {
            case ABSENCE_STREAK -> "Rufen Sie an und fragen Sie, wie es geht und ob etwas an der Gruppe fernhält.";
            case TASKS_OVERDUE -> "Fragen Sie, ob die Aufgabe noch passt, ob Hilfe nötig ist oder ob sie abgegeben werden soll.";
            case SILENCE -> "Melden Sie sich persönlich: Gibt das Netzwerk noch, was sich die Person erhofft hat?";
            case SCORE_DROP -> "Sehen Sie nach, was sich zuletzt geändert hat, und sprechen Sie persönlich darüber.";
            case KEY_ACTOR_AT_RISK -> "Das Ziel hängt an der Person: Wer die Beziehung verantwortet, sollte bald anrufen.";
            case GROUP_DYING -> "Treffen Sie die engagiertesten Mitglieder: Passen Zweck, Termin und Form der Gruppe noch?";
        };
    }

    private static String numberInGerman(int number) {
        List<String> words = List.of("null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn");
        return number < words.size() ? words.get(number) : Integer.toString(number);
    }

    private static String numberInEnglish(int number) {
        List<String> words = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
        return number < words.size() ? words.get(number) : Integer.toString(number);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
