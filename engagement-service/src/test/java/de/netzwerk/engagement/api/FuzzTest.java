package de.netzwerk.engagement.api;

import de.netzwerk.infra.api.Fuzz;
import de.netzwerk.infra.api.OpenApiDocument;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

/** Hostile input on every operation of the document: see {@link Fuzz}. */
@QuarkusTest
class FuzzTest {

    /** The management interface, which serves the OpenAPI document. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void hostileInputIsRefusedAsAProblemAndStoresNothing() {
        Fuzz.verify(OpenApiDocument.fetch(management, OpenApiDocument.QUARKUS_PATH), EngagementApiFixture.create());
    }
}
