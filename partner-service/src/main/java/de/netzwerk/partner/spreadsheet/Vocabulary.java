package de.netzwerk.partner.spreadsheet;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words a spreadsheet uses for the values of one closed list (a partner's kind, sector, status): German and
 * English labels, written on export and read on import, where the API's code ({@code SOCIAL_SERVICES}) is understood
 * too. Compared without case, spaces, hyphens and underscores, so that "Soziale Dienste" and "soziale-dienste" match.
 */
public final class Vocabulary<E extends Enum<E>> {

    private final Map<E, String> german;
    private final Map<E, String> english;
    private final Map<String, E> understood = new HashMap<>();

    private Vocabulary(Class<E> type, Map<E, String> german, Map<E, String> english) {
        this.german = new EnumMap<>(german);
        this.english = new EnumMap<>(english);
        for (E value : type.getEnumConstants()) {
            understood.put(key(value.name()), value);
        }
        german.forEach((value, label) -> understood.put(key(label), value));
        english.forEach((value, label) -> understood.put(key(label), value));
    }

    /** Labels for every value of the list, in German and English. */
    public static <E extends Enum<E>> Vocabulary<E> of(Class<E> type, Map<E, String> german, Map<E, String> english) {
        for (E value : type.getEnumConstants()) {
            if (!german.containsKey(value) || !english.containsKey(value)) {
                throw new IllegalArgumentException("No label for " + value);
            }
        }
        return new Vocabulary<>(type, german, english);
    }

    public Optional<E> read(String text) {
        return Optional.ofNullable(understood.get(key(text)));
    }

    public String label(E value, Language language) {
        return (language == Language.DE ? german : english).get(value);
    }

    /** The labels, for a refusal that says what is allowed: "Organisation, Person". */
    public String labels(Language language) {
        return (language == Language.DE ? german : english).values().stream().collect(Collectors.joining(", "));
    }

    /** Lower case, letters and digits only: how headings and labels are compared. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
