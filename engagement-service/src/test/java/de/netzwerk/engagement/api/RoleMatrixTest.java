package de.netzwerk.engagement.api;

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
 * Who may do what in engagement-service, in one table. The member is the partner the alert and score are about:
 * they see their own, may pause themselves and object to being scored. Operators act in no network; they rebuild
 * the state from the topics.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final String N = "/api/v1/networks/{networkId}";
    private static final String OBJECTION = N + "/engagement/{partnerId}/scoring-objection";

    /** The management interface, which serves the OpenAPI document. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void eachRoleGetsWhatTheTableSays() {
        RoleMatrix.table()
                //                                                     coordinator  member      integration  operator    no token
                .row("GET    /api/v1/engagement-replay",               FORBIDDEN,   FORBIDDEN,  FORBIDDEN,   ALLOWED,    UNAUTHENTICATED)
                .row("POST   /api/v1/engagement-replay",               FORBIDDEN,   FORBIDDEN,  FORBIDDEN,   ALLOWED,    UNAUTHENTICATED)
                .row("GET    " + N + "/engagement",                    ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/engagement/{partnerId}",        ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + N + "/engagement/{partnerId}/pause",  ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("DELETE " + N + "/engagement/{partnerId}/pause",  ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/engagement/scoring-objections", ALLOWED,   FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + OBJECTION,                            ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + OBJECTION,                            ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                // The fixture's body decides (REJECTED): only coordinators decide; a member may only withdraw their own.
                .row("PATCH  " + OBJECTION,                            ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/engagement-policy",             ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + N + "/engagement-policy",             ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/engagement-policy/preview",     ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/alerts",                        ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/alerts/causes",                 ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/alerts/cases",                  ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/alerts/cases/{caseId}",         ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PATCH  " + N + "/alerts/cases/{caseId}",         ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/alerts/{alertId}",              ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PATCH  " + N + "/alerts/{alertId}",              ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/engagement/groups/{groupId}/health", ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/coordination-signals",          ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/feeds/engagement-events",       ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .verify(OpenApiDocument.fetch(management, OpenApiDocument.QUARKUS_PATH), EngagementApiFixture.create());
    }
}
