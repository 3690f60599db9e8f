package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.CalendarFeed;
import de.netzwerk.meeting.calendar.FeedSecret;
import de.netzwerk.meeting.calendar.CalendarEntry;
import de.netzwerk.meeting.calendar.FeedVersion;
import de.netzwerk.meeting.calendar.MeetingCalendar;
import de.netzwerk.meeting.config.MeetingConfig;
import de.netzwerk.meeting.language.RequestLanguage;
import de.netzwerk.meeting.language.Text;
import de.netzwerk.meeting.rest.problem.Problem;
import de.netzwerk.meeting.security.RateLimits;
import de.netzwerk.meeting.service.CalendarFeedService;
import de.netzwerk.meeting.service.CalendarFeedService.FeedContent;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A calendar feed for calendar apps, which cannot send a bearer token: the one route of this service that needs none
 * (exempted by path in application.properties, and {@link PermitAll} here). The secret in the path is the credential
 * and opens this one feed only. A secret never issued, a revoked one and one whose partner has gone all get the same
 * 404, so that the answer tells nothing about which links ever existed; it is problem+json like every error here
 * (calendar apps look at the status only) and does not repeat the path, which holds the secret.
 */
@Path(SubscribedCalendarResource.PATH)
@Tag(name = "Calendars")
public class SubscribedCalendarResource {

    /** Where the feeds are, below the service's public address. */
    public static final String PATH = "/api/v1/calendar/feeds/{secret}.ics";

    /** Calendar apps poll every few hours at most; a few minutes in their own cache spares us nothing but repeats. */
    static final String CACHE_CONTROL = "private, max-age=300";

    /** Feeds are limited per secret with the callers' default allowance, as if each link were a caller of its own. */
    private static final String RATE_LIMITED_AS = "calendar-feed";

    private final CalendarFeedService feeds;
    private final MeetingConfig config;
    private final Clock clock;
    private final RateLimits limits;
    private final RequestLanguage language;

    SubscribedCalendarResource(CalendarFeedService feeds, MeetingConfig config, Clock clock, RateLimits limits,
            RequestLanguage language) {
        this.feeds = feeds;
        this.config = config;
        this.clock = clock;
        this.limits = limits;
        this.language = language;
    }

    @GET
    @PermitAll
    @Produces(CalendarResource.TEXT_CALENDAR)
    @Operation(summary = "A subscribed calendar feed, read with the secret of its link and no token",
            description = "The feed's meetings of the past year and ahead as iCalendar, cancelled ones marked; the same "
                    + "entries as the authenticated calendars. 404 for a link never issued or revoked alike. "
                    + "Cache-Control private with a weak ETag; If-None-Match answers 304.")
    public Response feed(
            @Parameter(description = "The secret of the feed's link, as its creation returned it")
            @PathParam("secret") String secret,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (!FeedSecret.isWellFormed(secret)) {
            return notFound();
        }
        OptionalLong wait = limits.take(RATE_LIMITED_AS, FeedSecret.digestOf(secret));
        if (wait.isPresent()) {
            return tooMany(wait.getAsLong());
        }
        Optional<FeedContent> content = feeds.read(secret);
        if (content.isEmpty()) {
            return notFound();
        }
        FeedContent feed = content.get();
        List<CalendarEntry> entries = CalendarResource.entriesOf(config, feed.meetings());
        String tag = FeedVersion.of(feed.feed().id, feed.feed().scope.name(), entries);
        if (FeedVersion.matches(ifNoneMatch, tag)) {
            return Response.notModified().header(HttpHeaders.ETAG, tag)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
        }
        String ics = MeetingCalendar.write(nameOf(feed.feed()), entries, clock.instant());
        return Response.ok(ics, CalendarResource.TEXT_CALENDAR)
                .header(HttpHeaders.ETAG, tag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"netzwerk.ics\"")
                .build();
    }

    private static String nameOf(CalendarFeed feed) {
        return switch (feed.scope) {
            case GROUP -> "Netzwerk – Treffen der Gruppe";
            case MY_MEETINGS -> "Netzwerk – Meine Treffen";
        };
    }

    private Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(404, "calendar-feed.not-found", Text.of("calendar-feed.not-found"), null, language.locale()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private Response tooMany(long retryAfterSeconds) {
        return Response.status(Response.Status.TOO_MANY_REQUESTS).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(429, Text.of("calendar-feed.rate-exceeded", retryAfterSeconds), null, language.locale()))
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }
}
