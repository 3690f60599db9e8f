package de.netzwerk.meeting.calendar;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes meetings as iCalendar (RFC 5545) with ical4j. Each meeting keeps one UID for its whole life, so a
 * calendar client updates the entry it has instead of adding a second one; SEQUENCE follows the meeting's
 * own counter, and a cancelled meeting stays in the feed with STATUS:CANCELLED so clients remove it. Start
 * and end carry the meeting's TZID and the feed includes that zone's VTIMEZONE definition, once for all its entries.
 */
public final class MeetingCalendar {

    private static final String PRODUCT = "-//Netzwerk//meeting-service//DE";

    /** ical4j's definitions of the zones; looked up read-only, shared by every calendar written. */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private MeetingCalendar() {
    }

    /** The calendar of the given meetings, stamped (DTSTAMP) with the moment it is written. */
    public static String write(String name, Collection<CalendarEntry> meetings, Instant stamp) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new XProperty("X-WR-CALNAME", name));
        Set<String> timeZones = new LinkedHashSet<>();
        meetings.forEach(meeting -> timeZones.add(meeting.timeZone()));
        for (String timeZone : timeZones) {
            calendar = calendar.add(ZONES.getTimeZone(timeZone).getVTimeZone());
        }
        for (CalendarEntry meeting : meetings) {
            calendar = calendar.add(event(meeting, stamp));
        }
        return text(calendar);
    }

    private static VEvent event(CalendarEntry meeting, Instant stamp) {
        VEvent event = new VEvent(meeting.starts(), meeting.ends(), meeting.title())
                .add(new Uid(meeting.meetingId() + "@netzwerk"))
                // The constructor stamped the entry with the system clock; one DTSTAMP, from our clock, replaces it.
                .replace(new DtStamp(stamp))
                .add(new Sequence(meeting.sequence()))
                .add(new Url(meeting.link()))
                .add(meeting.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (meeting.cancelledAt() != null) {
            event = event.add(new LastModified(meeting.cancelledAt()));
        }
        String location = meeting.place() != null ? meeting.place() : meeting.onlineLink();
        if (location != null) {
            event = event.add(new Location(location));
        }
        return event.add(new Description(description(meeting)));
    }

    /** What a person opening the entry needs: why it was cancelled, the agenda, where to join, where to read more. */
    private static String description(CalendarEntry meeting) {
        StringBuilder text = new StringBuilder();
        if (meeting.cancelled()) {
            text.append("Abgesagt: ").append(meeting.cancellationReason()).append("\n\n");
        }
        if (meeting.agenda() != null) {
            text.append("Tagesordnung:\n").append(meeting.agenda()).append("\n\n");
        }
        if (meeting.place() != null && meeting.onlineLink() != null) {
            text.append("Online: ").append(meeting.onlineLink()).append("\n\n");
        }
        return text.append(meeting.link()).toString();
    }

    private static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("A meeting did not make a valid iCalendar entry", e);
        }
        return out.toString();
    }
}
