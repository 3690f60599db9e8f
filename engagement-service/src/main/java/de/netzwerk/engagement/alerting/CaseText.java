package de.netzwerk.engagement.alerting;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.language.Languages;
import de.netzwerk.engagement.language.Messages;
import de.netzwerk.engagement.language.Text;

import java.util.List;
import java.util.Locale;

/**
 * What a coordinator might do next about an alert or a case, in German or English, built from its reasons: one
 * reason says what to do about it (its rule's step, from the bundle {@code messages}), several say that one call
 * clears them all. Each step has a stable code for apps that write their own words.
 */
public final class CaseText {

    private CaseText() {
    }

    /** A reason of the case: its rule and how many pieces of evidence it rests on. */
    public record Reason(AlertRule rule, int evidence) {
    }

    /** The code of what to do about one rule's alert: {@code step.absence-streak}, {@code step.silence} … */
    public static String stepCode(AlertRule rule) {
        return "step." + rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code of a case's step: its one reason's, {@code step.several-reasons} or {@code step.nothing}. */
    public static String stepCode(List<Reason> reasons) {
        return switch (reasons.size()) {
            case 0 -> "step.nothing";
            case 1 -> stepCode(reasons.getFirst().rule());
            default -> "step.several-reasons";
        };
    }

    public static String suggestedNextStep(AlertRule rule, Locale locale) {
        return Messages.render(Text.of(stepCode(rule)), locale);
    }

    public static String suggestedNextStep(List<Reason> reasons, Locale locale) {
        if (reasons.size() < 2) {
            return Messages.render(Text.of(stepCode(reasons)), locale);
        }
        boolean german = Languages.GERMAN.getLanguage().equals(locale.getLanguage());
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
