package de.netzwerk.infra.api;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Hostile values, drawn from jqwik arbitraries with the harness's own seeded {@link Random}: the same seed gives
 * the same values on every run and machine, and a failure names the value that caused it.
 */
final class HostileValues {

    /** jqwik's "genSize": how far generated values reach; edge cases (empty, extremes) are mixed in. */
    private static final int GEN_SIZE = 1000;

    static final List<String> ABSURD_DATES = List.of("+999999999-12-31", "-999999999-01-01", "-0001-01-01");
    static final List<String> ABSURD_DATE_TIMES = List.of(
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "-0001-01-01T00:00:00Z");
    static final List<String> UNKNOWN_ZONES = List.of("SystemV/AST4", "Mars/Olympus", "Europe/Atlantis", "GMT+99", "../../etc/passwd");
    static final List<String> ABSURD_PERIODS = List.of("P999999999Y", "P2147483647D", "PT9999999999999H");

    private final Random random;

    HostileValues(long seed) {
        this.random = new Random(seed);
    }

    <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.generator(GEN_SIZE, true).next(random).value();
    }

    /** Any text, with a NUL somewhere in it. */
    String withNul() {
        return sample(inserted("\u0000"));
    }

    /** Any text, with one half of a surrogate pair alone somewhere in it. */
    String withLoneSurrogate() {
        return sample(Arbitraries.chars().range('\ud800', '\udfff').map(String::valueOf).flatMap(this::inserted));
    }

    /** Any Unicode text, surrogates included, paired or not. */
    String anyText() {
        return sample(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60));
    }

    /** Far longer than any field should take. */
    String huge(int atLeast) {
        return sample(Arbitraries.integers().between(atLeast, atLeast * 3)
                .flatMap(length -> Arbitraries.strings().withChars("aä€ \n").ofLength(length)));
    }

    /** An ISO date with a year beyond four digits, either way. */
    String farDate() {
        return sample(Arbitraries.integers().between(10_000, 999_999_999).flatMap(year ->
                Arbitraries.of("+", "-").map(sign -> sign + year + "-01-01")));
    }

    String farDateTime() {
        return farDate() + "T00:00:00Z";
    }

    /** A number far outside what an int or a long holds, or at their edges, as JSON text. */
    String extremeNumber() {
        return sample(Arbitraries.of("2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809",
                "1e308", "-1e309", "1.5", "0", "-1", "123456789012345678901234567890"));
    }

    UUID randomUuid() {
        return sample(Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new));
    }

    private Arbitrary<String> inserted(String hostile) {
        return Combinators.combine(Arbitraries.strings().all().ofMaxLength(40), Arbitraries.integers().between(0, 40))
                .as((text, at) -> text.substring(0, Math.min(at, text.length())) + hostile + text.substring(Math.min(at, text.length())));
    }

    /** What every text field must refuse: a NUL, or one half of a surrogate pair without the other. */
    static boolean hasNulOrLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A value as a report shows it: control characters and surrogates escaped, long ones cut. */
    static String shown(String value) {
        StringBuilder shown = new StringBuilder();
        int limit = Math.min(value.length(), 40);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || Character.isSurrogate(c) || c == 0x7f) {
                shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return "\"" + shown + (value.length() > limit ? "…\" (" + value.length() + " chars)" : "\"");
    }
}
