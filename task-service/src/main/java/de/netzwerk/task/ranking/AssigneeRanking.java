package de.netzwerk.task.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * "Schauen Sie auf Talente": ranks partners for a task by how well their expertise fits what the task needs, how much
 * they already carry, and how engaged they are — and says why. Expertise tags are all it matches: the partner's offer
 * is free text that partner-service no longer publishes (issue 14).
 *
 * <p>Points: an expertise tag equal to one of the task's tags 3, an expertise found as whole words in the task's title
 * or description 2; each open task the partner owns −0.5; engagement band ENGAGED +1, WATCH −1, AT_RISK −2 (someone
 * drifting away should be asked, not loaded), no band 0: a partner never scored, or who objected to scoring, is
 * neither favoured nor held back. Ties go to the lighter load, then to the lower partner id, so the order is stable.
 */
public final class AssigneeRanking {

    static final double TAG_EXPERTISE = 3;
    static final double TEXT_EXPERTISE = 2;
    static final double PER_OPEN_TASK = -0.5;

    private AssigneeRanking() {
    }

    /** What the task needs: its tags (lower case) and the words of its title and description. */
    public record Work(List<String> tags, String title, String description) {
    }

    /** A partner who could own the task: their expertise (lower case), open tasks, and band if they have one. */
    public record Candidate(UUID partnerId, List<String> expertise, long openTasks, Engagement engagement) {
    }

    /** The band engagement-service last published for the partner, with its score. */
    public record Engagement(Band band, int score) {
    }

    public enum Band {
        ENGAGED, WATCH, AT_RISK
    }

    /** A candidate's place in the ranking, with the reasons in words. {@code band} null without one. */
    public record Suggestion(UUID partnerId, double score, List<String> matchedExpertise, long openTasks, Band band,
            List<String> reasons) {
    }

    /** Every candidate, best first. */
    public static List<Suggestion> rank(Work work, List<Candidate> candidates) {
        String text = words(work.title() + " " + (work.description() == null ? "" : work.description()));
        return candidates.stream()
                .map(candidate -> suggestion(candidate, work.tags(), text))
                .sorted(Comparator.comparingDouble(Suggestion::score).reversed()
                        .thenComparingLong(Suggestion::openTasks)
                        .thenComparing(Suggestion::partnerId))
                .toList();
    }

    private static Suggestion suggestion(Candidate candidate, List<String> tags, String text) {
        List<String> reasons = new ArrayList<>();
        double score = 0;
        List<String> expertise = new ArrayList<>();
        for (String tag : candidate.expertise()) {
            if (tags.contains(tag)) {
                score += TAG_EXPERTISE;
                expertise.add(tag);
                reasons.add("expertise '%s' is a tag of the task".formatted(tag));
            } else if (mentions(text, tag)) {
                score += TEXT_EXPERTISE;
                expertise.add(tag);
                reasons.add("expertise '%s' is named in the task".formatted(tag));
            }
        }
        if (expertise.isEmpty()) {
            reasons.add("no expertise matches the task");
        }
        long openTasks = candidate.openTasks();
        score += PER_OPEN_TASK * openTasks;
        reasons.add(openTasks == 0 ? "no open tasks" : openTasks == 1 ? "1 open task" : openTasks + " open tasks");
        Engagement engagement = candidate.engagement();
        if (engagement != null) {
            score += switch (engagement.band()) {
                case ENGAGED -> 1;
                case WATCH -> -1;
                case AT_RISK -> -2;
            };
            reasons.add(switch (engagement.band()) {
                case ENGAGED -> "engaged (score %d)".formatted(engagement.score());
                case WATCH -> "engagement on watch (score %d)".formatted(engagement.score());
                case AT_RISK -> "at risk of drifting away (score %d): ask before adding work".formatted(engagement.score());
            });
        }
        return new Suggestion(candidate.partnerId(), score, expertise, openTasks,
                engagement == null ? null : engagement.band(), reasons);
    }

    /** The text as lower-case words separated by single spaces, padded, so a phrase matches whole words only. */
    private static String words(String text) {
        return " " + String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip() + " ";
    }

    private static boolean mentions(String words, String phrase) {
        String wanted = words(phrase);
        return !wanted.isBlank() && words.contains(wanted);
    }
}
