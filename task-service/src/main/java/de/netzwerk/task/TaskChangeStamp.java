package de.netzwerk.task;

import io.quarkus.arc.Arc;
import jakarta.persistence.PreUpdate;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Stamps a task with the moment it changes, when Hibernate writes the change. Hibernate calls it only for a task whose
 * state differs from what was read, in the same statement that raises the version: a request that changes nothing
 * moves neither. Bulk statements bypass it and set {@code updated_at} themselves.
 *
 * <p>Hibernate creates entity listeners itself, without injection, so the clock (replaceable in tests, see
 * {@code ClockProducer}) is looked up from the container.
 */
public class TaskChangeStamp {

    @PreUpdate
    void changed(Task task) {
        task.updatedAt = OffsetDateTime.now(Arc.container().instance(Clock.class).get());
    }
}
