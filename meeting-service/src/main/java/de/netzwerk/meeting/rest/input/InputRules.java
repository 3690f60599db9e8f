package de.netzwerk.meeting.rest.input;

import de.netzwerk.meeting.language.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * What the API accepts as text, years, periods and time zones. Anything outside these bounds is refused with
 * 400 before it reaches the database or date arithmetic, where it would otherwise fail as a 500.
 */
public final class InputRules {

    /** Meetings, deadlines and contacts lie between these years; anything else is a typo or an attack. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    /** No period in this domain (e.g. "contact older than") is longer than a century. */
    public static final Period LONGEST_PERIOD = Period.ofYears(100);

    private static final Instant EARLIEST = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LATEST = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    /** The areas of IANA's region ids; legacy and offset ids (SystemV/AST4, GMT+1, EST) are not accepted. */
    private static final Set<String> ZONE_AREAS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia",
            "Atlantic", "Australia", "Europe", "Indian", "Pacific");

    private InputRules() {
    }

    /** Why a text cannot be stored (PostgreSQL refuses NUL; an unpaired surrogate is not Unicode), if it cannot. */
    public static Optional<Text> textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of(Text.of("text.nul"));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(Text.of("text.unpaired-surrogate"));
            }
        }
        return Optional.empty();
    }

    public static boolean yearInRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Whether a date or time lies within the accepted years; an instant is judged in UTC. */
    public static boolean inRange(Temporal temporal) {
        return switch (temporal) {
            case Instant instant -> !instant.isBefore(EARLIEST) && instant.isBefore(AFTER_LATEST);
            case LocalDate date -> yearInRange(date.getYear());
            case LocalDateTime dateTime -> yearInRange(dateTime.getYear());
            case OffsetDateTime dateTime -> yearInRange(dateTime.getYear());
            case ZonedDateTime dateTime -> yearInRange(dateTime.getYear());
            default -> true;
        };
    }

    public static Text yearRange() {
        return Text.of("year.out-of-range", FIRST_YEAR, LAST_YEAR);
    }

    public static Text periodRange() {
        return Text.of("period.out-of-range", LONGEST_PERIOD);
    }

    /** A positive period of at most {@link #LONGEST_PERIOD}, compared in months and days as written. */
    public static boolean periodInRange(Period period) {
        if (period.isNegative() || period.isZero()) {
            return false;
        }
        long months = period.toTotalMonths();
        long longest = LONGEST_PERIOD.toTotalMonths();
        return months <= longest && (months * 31 + period.getDays()) <= longest * 31;
    }

    /** An IANA region id such as {@code Europe/Berlin}, or {@code UTC}. */
    public static boolean isRegionZone(String id) {
        if ("UTC".equals(id)) {
            return true;
        }
        int slash = id.indexOf('/');
        return slash > 0 && ZONE_AREAS.contains(id.substring(0, slash)) && ZoneId.getAvailableZoneIds().contains(id);
    }
}
