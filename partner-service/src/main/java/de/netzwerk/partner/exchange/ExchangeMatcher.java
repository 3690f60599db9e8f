package de.netzwerk.partner.exchange;

import de.netzwerk.partner.ExchangeKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Suggests which open offer could meet which open need, best first, with the reasons in words (like task-service's
 * assignee suggestions). A pair is suggested when its kinds fit (the same kind, or either is OTHER), it is not the
 * same partner on both sides, and it scores: a pair of OTHER with nothing in common is noise, not a suggestion. Points: 3 for each tag both carry, 2 for each tag of one that the other's description
 * names, 1 for each word of four letters or more both descriptions use (common words left out), 1 for the same kind.
 * Plain Java, no framework: unit-tested in {@code ExchangeMatcherTest}.
 */
public final class ExchangeMatcher {

    /** An open offer or need as the matcher sees it; tags lower-case. */
    public record Listing(UUID id, UUID partnerId, ExchangeKind kind, String description, Set<String> tags) {
    }

    /** A pair worth proposing, with what it was ranked by. */
    public record Suggestion(Listing offer, Listing need, int score, List<String> sharedTags, List<String> sharedWords,
            List<String> reasons) {
    }

    /** Pairs that need no suggestion: already matched (and not withdrawn). */
    public record Pair(UUID offerId, UUID needId) {
    }

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int SHORTEST_WORD = 4;
    private static final int SHARED_TAG = 3;
    private static final int NAMED_TAG = 2;
    private static final int SHARED_WORD = 1;
    private static final int SAME_KIND = 1;
    private static final Set<String> COMMON_WORDS = Set.of("eine", "einen", "einem", "einer", "eines", "oder", "für",
            "fuer", "sind", "sein", "seine", "haben", "hat", "wird", "werden", "dass", "nicht", "auch", "noch", "nach",
            "über", "ueber", "unter", "kann", "können", "koennen", "bitte", "gerne", "gern", "ihre", "unsere", "unser",
            "sich", "diese", "dieser", "dieses", "mehr", "sehr", "beim", "euch", "wenn", "weil", "aber", "damit",
            "jemand", "jemanden", "etwas", "alle", "allen", "suchen", "suche", "biete", "bieten", "brauchen", "brauche",
            "this", "that", "with", "from", "have", "will", "your", "need", "needs", "offer", "offers", "some", "someone");

    private ExchangeMatcher() {
    }

    /** The suggested pairs, best first; ties by offer and need id so that the order is stable. */
    public static List<Suggestion> suggest(Collection<Listing> offers, Collection<Listing> needs, Set<Pair> alreadyMatched) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Listing offer : offers) {
            for (Listing need : needs) {
                if (offer.partnerId().equals(need.partnerId()) || !kindsFit(offer.kind(), need.kind())
                        || alreadyMatched.contains(new Pair(offer.id(), need.id()))) {
                    continue;
                }
                Suggestion suggestion = rank(offer, need);
                if (suggestion.score() > 0) {
                    suggestions.add(suggestion);
                }
            }
        }
        suggestions.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(suggestion -> suggestion.offer().id())
                .thenComparing(suggestion -> suggestion.need().id()));
        return suggestions;
    }

    static Suggestion rank(Listing offer, Listing need) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        boolean sameKind = offer.kind() == need.kind() && offer.kind() != ExchangeKind.OTHER;
        if (sameKind) {
            score += SAME_KIND;
            reasons.add("both are %s".formatted(offer.kind()));
        } else {
            reasons.add("%s offered for a need of kind %s".formatted(offer.kind(), need.kind()));
        }
        List<String> sharedTags = new ArrayList<>(new TreeSet<>(intersection(offer.tags(), need.tags())));
        for (String tag : sharedTags) {
            score += SHARED_TAG;
            reasons.add("tag '%s' on both".formatted(tag));
        }
        String offerText = text(offer.description());
        String needText = text(need.description());
        for (String tag : new TreeSet<>(need.tags())) {
            if (!sharedTags.contains(tag) && names(offerText, tag)) {
                score += NAMED_TAG;
                reasons.add("the offer names the need's tag '%s'".formatted(tag));
            }
        }
        for (String tag : new TreeSet<>(offer.tags())) {
            if (!sharedTags.contains(tag) && names(needText, tag)) {
                score += NAMED_TAG;
                reasons.add("the need names the offer's tag '%s'".formatted(tag));
            }
        }
        List<String> sharedWords = new ArrayList<>(intersection(words(offerText), words(needText)));
        sharedWords.removeIf(word -> sharedTags.stream().anyMatch(tag -> names(tag, word)));
        if (!sharedWords.isEmpty()) {
            score += SHARED_WORD * sharedWords.size();
            reasons.add("both mention " + String.join(", ", sharedWords.stream().map("'%s'"::formatted).toList()));
        }
        if (score == (sameKind ? SAME_KIND : 0)) {
            reasons.add("no tags or words in common");
        }
        return new Suggestion(offer, need, score, sharedTags, sharedWords, reasons);
    }

    private static boolean kindsFit(ExchangeKind offered, ExchangeKind needed) {
        return offered == needed || offered == ExchangeKind.OTHER || needed == ExchangeKind.OTHER;
    }

    /** Whether the text uses the tag as whole words: "leichte sprache" in "Texte in Leichter Sprache" does not count. */
    private static boolean names(String text, String tag) {
        return (" " + text + " ").contains(" " + tag + " ");
    }

    /** The text lower-case, its words separated by single spaces. */
    private static String text(String description) {
        return NOT_A_WORD.matcher(description == null ? "" : description.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        for (String word : text.split(" ")) {
            if (word.length() >= SHORTEST_WORD && !COMMON_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    private static <T> Set<T> intersection(Set<T> a, Set<T> b) {
        Set<T> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }
}
