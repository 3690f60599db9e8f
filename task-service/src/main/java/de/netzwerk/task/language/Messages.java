package de.netzwerk.task.language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of a {@link Text} in a language, from the service's bundle {@code messages.properties} (English) and
 * {@code messages_de.properties} (German), both UTF-8. Placeholders take the arguments as written ({@code 2026},
 * not {@code 2.026}), a {@link Text} argument in the same language; a single quote is written twice, as
 * {@link MessageFormat} wants.
 */
public final class Messages {

    private static final String BUNDLE = "messages";
    /** Never the JVM's own locale: English is the base bundle, not a fallback chosen by the machine. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text in the language; a code without words (a slip of ours) shows as the code rather than failing the answer. */
    public static String render(Text text, Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(text.code());
        } catch (MissingResourceException missing) {
            return text.code();
        }
        Object[] args = text.args().stream().map(arg -> arg instanceof Text inner ? render(inner, locale) : String.valueOf(arg))
                .toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle has words for the code: for texts whose code is made from data, such as a kind of thing. */
    public static boolean has(String code) {
        return ResourceBundle.getBundle(BUNDLE, Languages.DEFAULT, NO_FALLBACK).containsKey(code);
    }
}
