package de.netzwerk.partner.api;

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
 * Who may do what in partner-service, in one table. The member is the partner the calls are about, so "their own
 * profile" is what a member is allowed. Operators act in no network: where their role is allowed (reading a
 * network) the network is hidden from them like any network not in their token, elsewhere their role is refused.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final String N = "/api/v1/networks/{networkId}";

    /** The management interface, which serves the OpenAPI document. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void eachRoleGetsWhatTheTableSays() {
        RoleMatrix.table()
                //                                                             coordinator  member      integration  operator    no token
                .row("POST   /api/v1/networks",                                FORBIDDEN,   FORBIDDEN,  FORBIDDEN,   ALLOWED,    UNAUTHENTICATED)
                .row("GET    " + N,                                            ALLOWED,     ALLOWED,    ALLOWED,     HIDDEN,     UNAUTHENTICATED)
                .row("PATCH  " + N,                                            ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/partners",                              ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/partners",                              ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/partners/import",                       ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/partners/export",                       ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/partners/{partnerId}",                  ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + N + "/partners/{partnerId}",                  ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/partners/{partnerId}/consents",         ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/partners/{partnerId}/personal-data",    ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/partners/{partnerId}/personal-data/exports/{exportId}", ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, UNAUTHENTICATED)
                .row("DELETE " + N + "/partners/{partnerId}/personal-data",    ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/partners/{partnerId}/personal-data/erasure", ALLOWED, FORBIDDEN, FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/partners/{partnerId}/contacts",         ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/partners/{partnerId}/contacts",         ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/groups",                                ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/groups",                                ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/groups/{groupId}",                      ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/groups/{groupId}/members",              ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/groups/{groupId}/members",              ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/groups/{groupId}/members/{partnerId}",  ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + N + "/groups/{groupId}/members/{partnerId}",  ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("DELETE " + N + "/groups/{groupId}/members/{partnerId}",  ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/goals",                                 ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/goals",                                 ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/goals/{goalId}",                        ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/goals/{goalId}/actor-needs",            ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + N + "/goals/{goalId}/actor-needs",            ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/strategy/gaps",                         ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/exchange/offers",                       ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/exchange/offers",                       ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/exchange/offers/{offerId}",             ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/exchange/offers/{offerId}/withdrawal",  ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                // The need is another partner's than the member's.
                .row("POST   " + N + "/exchange/needs/{needId}/withdrawal",    ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/exchange/needs",                        ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/exchange/needs",                        ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/exchange/needs/{needId}",               ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/exchange/suggestions",                  ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/exchange/matches",                      ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/exchange/matches",                      ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/exchange/matches/{matchId}",            ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PATCH  " + N + "/exchange/matches/{matchId}",            ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/cooperations",                          ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/cooperations",                          ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/cooperations/attention",                ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/cooperations/{cooperationId}",          ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + N + "/cooperations/{cooperationId}",          ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + N + "/cooperations/{cooperationId}/status",   ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/signups",                               ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/signups",                               ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/signups/{signupId}",                    ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PUT    " + N + "/signups/{signupId}/status",             ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/signups/{signupId}/entries",            ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/signups/{signupId}/entries",            ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                // A member who is no patron of the group: only its patrons and the coordinators see whom to welcome.
                .row("GET    " + N + "/groups/{groupId}/to-welcome",           ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/groups/{groupId}/to-welcome/{partnerId}/introductory-talk", ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTHENTICATED)
                .row("GET    " + N + "/feeds/partner-events",                  ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .verify(OpenApiDocument.fetch(management, OpenApiDocument.QUARKUS_PATH), PartnerApiFixture.create());
    }
}
