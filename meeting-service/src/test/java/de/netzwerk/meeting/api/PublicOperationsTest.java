package de.netzwerk.meeting.api;

import de.netzwerk.infra.api.ApiOperation;
import de.netzwerk.infra.api.OpenApiDocument;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every route needs a bearer token, but one: the subscribed calendar feed, whose secret link is its credential
 * (calendar apps cannot send a token). This names the exception, so that a second one cannot slip in unnoticed.
 */
@QuarkusTest
class PublicOperationsTest {

    private static final String FEED = "GET /api/v1/calendar/feeds/{secret}.ics";

    /** The management interface, which serves the OpenAPI document. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void theSubscribedCalendarFeedIsTheOnlyOperationWithoutASecurityRequirement() {
        List<String> open = OpenApiDocument.fetch(management, OpenApiDocument.QUARKUS_PATH).operations().stream()
                .filter(operation -> operation.roles().isEmpty()).map(ApiOperation::key).toList();

        assertEquals(List.of(FEED), open);
    }
}
