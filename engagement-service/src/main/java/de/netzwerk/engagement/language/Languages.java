package de.netzwerk.engagement.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Netzwerk speaks, and which of them a caller's {@code Accept-Language} asks for. */
public final class Languages {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Netzwerk's networks are German municipalities': German unless the caller or the network says otherwise. */
    public static final Locale DEFAULT = GERMAN;
    public static final List<Locale> SUPPORTED = List.of(GERMAN, ENGLISH);

    private Languages() {
    }

    /**
     * The first of our languages among the caller's ranges, by weight: {@code de-DE} finds German (RFC 4647
     * lookup), {@code fr} finds nothing and the next range is tried. Empty when nothing matches, for a wildcard
     * (the caller takes any: the network decides) and for a header that cannot be read.
     */
    public static Optional<Locale> preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0 || range.getRange().equals("*")) {
                continue;
            }
            Locale found = Locale.lookup(List.of(range), SUPPORTED);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** The language a network chose ({@code de}, {@code en}), if it is one of ours. */
    public static Optional<Locale> named(String languageTag) {
        return languageTag == null ? Optional.empty() : preferred(languageTag);
    }
}
