package de.netzwerk.task.api;

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
 * Who may do what in task-service, in one table. The member owns the task, so reading it and setting its status
 * are what a member is allowed. Operators act in no network.
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
                //                                                            coordinator  member      integration  operator    no token
                .row("GET    " + N + "/tasks",                                ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("POST   " + N + "/tasks",                                ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/tasks/{taskId}",                       ALLOWED,     ALLOWED,    ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .row("PATCH  " + N + "/tasks/{taskId}",                       ALLOWED,     ALLOWED,    FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/tasks/{taskId}/assignee-suggestions",  ALLOWED,     FORBIDDEN,  FORBIDDEN,   FORBIDDEN,  UNAUTHENTICATED)
                .row("GET    " + N + "/feeds/task-events",                    ALLOWED,     FORBIDDEN,  ALLOWED,     FORBIDDEN,  UNAUTHENTICATED)
                .verify(OpenApiDocument.fetch(management, OpenApiDocument.QUARKUS_PATH), TaskApiFixture.create());
    }
}
