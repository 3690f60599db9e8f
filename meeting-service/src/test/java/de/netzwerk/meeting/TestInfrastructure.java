package de.netzwerk.meeting;

import de.netzwerk.infra.NetzwerkTestInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Real PostgreSQL and Kafka for every test of this service: see {@link NetzwerkTestInfrastructure}. */
@WithTestResource(value = NetzwerkTestInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "meeting"))
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
