package de.netzwerk.meeting.calendar;

import de.netzwerk.meeting.Meeting;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes meetings as iCalendar (RFC 5545) with ical4j. Each meeting keeps one UID for its whole life, so a
 * calendar client updates the entry it has instead of adding a second one; SEQUENCE follows the meeting's
 * own counter, and a cancelled meeting stays in the feed with STATUS:CANCELLED so clients remove it. Start
 * and end carry the meeting's TZID and the feed includes that zone's VTIMEZONE definition.
 */
@ApplicationScoped
public class MeetingCalendar {

    private static final String PRODUCT = "-//Netzwerk//meeting-service//DE";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Clock clock;

    MeetingCalendar(Clock clock) {
        this.clock = clock;
    }

    /** The calendar of the given meetings, each linked to where it can be read. */
    public String write(String name, Collection<Meeting> meetings, Function<Meeting, URI> link) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new XProperty("X-WR-CALNAME", name));
        Set<String> timeZones = new LinkedHashSet<>();
        meetings.forEach(meeting -> timeZones.add(meeting.timeZone));
        for (String timeZone : timeZones) {
            calendar = calendar.add(zones.getTimeZone(timeZone).getVTimeZone());
        }
        Instant stamp = clock.instant();
        for (Meeting meeting : meetings) {
            calendar = calendar.add(event(meeting, link.apply(meeting), stamp));
        }
        return text(calendar);
    }

    private VEvent event(Meeting meeting, URI link, Instant stamp) {
        VEvent event = new VEvent(meeting.startsAt.atZoneSameInstant(meeting.zone()),
                meeting.endsAt.atZoneSameInstant(meeting.zone()), meeting.title)
                .add(new Uid(meeting.id + "@netzwerk"))
                // The constructor stamped the entry with the system clock; one DTSTAMP, from our clock, replaces it.
                .replace(new DtStamp(stamp))
                .add(new Sequence(meeting.sequence))
                .add(new Url(link))
                .add(meeting.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (meeting.cancelledAt != null) {
            event = event.add(new LastModified(meeting.cancelledAt.toInstant()));
        }
        String location = meeting.place != null ? meeting.place : meeting.onlineLink;
        if (location != null) {
            event = event.add(new Location(location));
        }
        String description = description(meeting, link);
        return event.add(new Description(description));
    }

    /** What a person opening the entry needs: why it was cancelled, the agenda, where to join, where to read more. */
    private static String description(Meeting meeting, URI link) {
        StringBuilder text = new StringBuilder();
        if (meeting.isCancelled()) {
            text.append("Abgesagt: ").append(meeting.cancellationReason).append("\n\n");
        }
        if (meeting.agenda != null) {
            text.append("Tagesordnung:\n").append(meeting.agenda).append("\n\n");
        }
        if (meeting.place != null && meeting.onlineLink != null) {
            text.append("Online: ").append(meeting.onlineLink).append("\n\n");
        }
        return text.append(link).toString();
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
