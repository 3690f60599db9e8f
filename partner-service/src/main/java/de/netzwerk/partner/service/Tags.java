package de.netzwerk.partner.service;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tags as people type them, made comparable: trimmed, inner spaces collapsed, lower case. A tag is a word or a few
 * (letters, digits, spaces, hyphens), never a sentence: tags travel on partner-events, where free text about a person
 * could not be erased again.
 */
public final class Tags {

    /** The longest tag, in characters. */
    public static final int MAX_LENGTH = 40;
    /** The most tags a partner has. */
    public static final int MAX_COUNT = 20;
    /**
     * A tag as typed: letters and digits, inner spaces and hyphens, surrounding spaces allowed (they are trimmed).
     * Bean Validation applies it to what the caller sent; {@link #normalise(String)} then makes it lower case.
     */
    public static final String PATTERN = "\\s*[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\s-]*[\\p{L}\\p{N}])?\\s*";
    /** Its words, in German and English, are in ValidationMessages*.properties, which repeat {@link #MAX_LENGTH}. */
    public static final String PATTERN_MESSAGE = "{netzwerk.tag}";

    private Tags() {
    }

    public static String normalise(String tag) {
        return tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static Set<String> normalise(Collection<String> tags) {
        Set<String> normalised = new TreeSet<>();
        if (tags != null) {
            tags.stream().map(Tags::normalise).forEach(normalised::add);
        }
        return normalised;
    }
}
