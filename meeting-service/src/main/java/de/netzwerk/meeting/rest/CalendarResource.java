package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.calendar.CalendarEntry;
import de.netzwerk.meeting.calendar.MeetingCalendar;
import de.netzwerk.meeting.config.MeetingConfig;
import de.netzwerk.meeting.security.Roles;
import de.netzwerk.meeting.service.MeetingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Meetings for calendar clients: one meeting, or a group's feed to subscribe to. */
@Path("/api/v1/networks/{networkId}")
@Produces(CalendarResource.TEXT_CALENDAR)
@Tag(name = "Calendars")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar;charset=UTF-8";

    private final MeetingService meetings;
    private final MeetingConfig config;
    private final Clock clock;

    CalendarResource(MeetingService meetings, MeetingConfig config, Clock clock) {
        this.meetings = meetings;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Path("/meetings/{meetingId}/calendar.ics")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "One meeting as iCalendar (RFC 5545)")
    public RestResponse<String> meeting(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId) {
        Meeting meeting = meetings.get(networkId, meetingId);
        return ics("meeting-" + meetingId, MeetingCalendar.write(meeting.title, entriesOf(config, List.of(meeting)),
                clock.instant()));
    }

    @GET
    @Path("/meetings/groups/{groupId}/calendar.ics")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "A group's meetings of the past year and ahead as an iCalendar feed, cancelled ones marked")
    public RestResponse<String> group(@PathParam("networkId") String networkId, @PathParam("groupId") UUID groupId) {
        List<Meeting> ofGroup = meetings.calendarOf(networkId, groupId);
        return ics("group-" + groupId, MeetingCalendar.write("Netzwerk – Treffen der Gruppe",
                entriesOf(config, ofGroup), clock.instant()));
    }

    /** The meetings as their calendar entries show them, each linked back to the meeting in the API. */
    static List<CalendarEntry> entriesOf(MeetingConfig config, List<Meeting> meetings) {
        return meetings.stream().map(meeting -> new CalendarEntry(meeting.id, meeting.title,
                meeting.startsAt.atZoneSameInstant(meeting.zone()), meeting.endsAt.atZoneSameInstant(meeting.zone()),
                meeting.sequence, meeting.isCancelled(), meeting.cancellationReason,
                meeting.cancelledAt == null ? null : meeting.cancelledAt.toInstant(), meeting.place,
                meeting.onlineLink, meeting.agenda, linkTo(config, meeting))).toList();
    }

    /** Each entry links back to the meeting in the API, at the service's public address. */
    private static URI linkTo(MeetingConfig config, Meeting meeting) {
        return UriBuilder.fromUri(config.publicBaseUrl()).path("api/v1/networks/{networkId}/meetings/{meetingId}")
                .build(meeting.networkId, meeting.id);
    }

    private static RestResponse<String> ics(String name, String body) {
        return RestResponse.ResponseBuilder.ok(body, TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"%s.ics\"".formatted(name))
                .build();
    }
}
