package de.netzwerk.partner.service;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Free tags as people type them, made comparable: trimmed, inner spaces collapsed, lower case. */
public final class Tags {

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
