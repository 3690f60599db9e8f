package de.netzwerk.partner.api;

import de.netzwerk.infra.api.OpenApiSnapshot;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;

/**
 * The OpenAPI document partner-service serves is the one committed in src/test/resources/openapi, which
 * deploy/local/openapi merges into the front door's document that SPA developers generate clients from. When the
 * API changes on purpose: {@code ./mvnw -o -pl partner-service test -Dtest=OpenApiSnapshotTest
 * -Dnetzwerk.openapi.update-snapshot=true}, then {@code deploy/local/openapi/merge}.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void theDocumentIsTheCommittedSnapshot() {
        OpenApiSnapshot.verify(management, Path.of("src/test/resources/openapi/partner-service.json"));
    }
}
