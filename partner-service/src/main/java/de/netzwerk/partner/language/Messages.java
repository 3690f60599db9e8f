package de.netzwerk.partner.language;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The words of a {@link Text} in a language, from the service's bundle {@code messages.properties} (English) and
 * {@code messages_de.properties} (German), else from the words every service shares, {@code common-messages*.properties}
 * (the same file in all four services), all UTF-8. Placeholders take the arguments as written ({@code 2026},
 * not {@code 2.026}), a {@link Text} argument in the same language; a single quote is written twice, as
 * {@link MessageFormat} wants.
 */
public final class Messages {

    /** The service's own words first, then the shared ones. */
    private static final List<String> BUNDLES = List.of("messages", "common-messages");
    /** Never the JVM's own locale: English is the base bundle, not a fallback chosen by the machine. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text in the language; a code without words (a slip of ours) shows as the code rather than failing the answer. */
    public static String render(Text text, Locale locale) {
        Optional<String> found = pattern(text.code(), locale);
        if (found.isEmpty()) {
            return text.code();
        }
        String pattern = found.get();
        Object[] args = text.args().stream().map(arg -> arg instanceof Text inner ? render(inner, locale) : String.valueOf(arg))
                .toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle has words for the code: for texts whose code is made from data, such as a kind of thing. */
    public static boolean has(String code) {
        return pattern(code, Languages.DEFAULT).isPresent();
    }

    private static Optional<String> pattern(String code, Locale locale) {
        return BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, locale, NO_FALLBACK))
                .filter(bundle -> bundle.containsKey(code)).map(bundle -> bundle.getString(code)).findFirst();
    }
}
