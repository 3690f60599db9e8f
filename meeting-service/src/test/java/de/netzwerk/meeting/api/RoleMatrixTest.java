package de.netzwerk.meeting.api;

import de.netzwerk.infra.api.OpenApiDocument;
import de.netzwerk.infra.api.RoleMatrix;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static de.netzwerk.infra.api.Outcome.ALLOWED;
import static de.netzwerk.infra.api.Outcome.FORBIDDEN;
import static de.netzwerk.infra.api.Outcome.HIDDEN;
import static de.netzwerk.infra.api.Outcome.UNAUTHENTICATED;

/**
 * Who may do what in meeting-service, in one table. The member is the partner invited to the meetings, so their
 * own answer and their own reading of the minutes are what a member is allowed. Operators act in no network.
 *
 * <p>One operation needs no token, by design: a subscribed calendar feed, read by calendar apps that cannot send one.
 * The secret in its path is the credential, so every column, no token included, is allowed with the right secret
 * ({@code PublicOperationsTest} proves it is the only such operation; {@code CalendarFeedTest} what a wrong one gets).
 */
@QuarkusTest
class RoleMatrixTest {

    private static final String N = "/api/v1/networks/{networkId}";
    private static final String M = N + "/meetings/{meetingId}";

    /** The management interface, which serves the OpenAPI document. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void eachRoleGetsWhatTheTableSays() {
        RoleMatrix.table()
                //                                                             coordinator  member      integration  operator    no token
                .row("GET    /api/v1/calendar/feeds/{secret}.ics",              ALLOWED,     ALLOWED,    ALLOWED,     ALLOWED,    ALLOWED)
                .row("GET    " + N + "/calendar-feeds",                        ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/calendar-feeds",                        ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("DELETE " + N + "/calendar-feeds/{feedId}",               ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/meetings/groups/{groupId}/calendar.ics", ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/meetings",                              ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/meetings",                              ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + M,                                            ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + M,                                            ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + M + "/calendar.ics",                          ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + M + "/cancellation",                          ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + M + "/invitations",                           ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + M + "/invitations",                           ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + M + "/responses/{partnerId}",                 ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + M + "/attendance",                            ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + M + "/attendance",                            ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + M + "/history",                               ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + M + "/history",                               ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + M + "/minutes",                               ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + M + "/minutes",                               ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + M + "/minutes/acknowledgements/{partnerId}",  ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/feeds/meeting-events",                  ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .verify(OpenApiDocument.fetch(management, OpenApiDocument.QUARKUS_PATH), MeetingApiFixture.create());
    }
}
