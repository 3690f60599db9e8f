package de.netzwerk.engagement.api;

import de.netzwerk.infra.api.OpenApiDocument;
import de.netzwerk.infra.api.TenantIsolation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

/** Every operation of the document, tried by network A on network B's data: see {@link TenantIsolation}. */
@QuarkusTest
class TenantIsolationTest {

    /** The management interface, which serves the OpenAPI document. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void noNetworkReachesAnothersData() {
        TenantIsolation.verify(OpenApiDocument.fetch(management, OpenApiDocument.QUARKUS_PATH), EngagementApiFixture.create());
    }
}
