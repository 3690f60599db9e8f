package de.netzwerk.task.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Business settings of task-service. A network's time zone is not one of them: partner-service publishes it
 * (see {@code service.NetworkSettings}).
 */
@ConfigMapping(prefix = "netzwerk.tasks")
public interface TaskConfig {

    DeadlineClock deadlineClock();

    interface DeadlineClock {

        /** How many days before the due date task-due-soon is published. */
        @WithDefault("3")
        int dueSoonDays();

        /** How many days overdue the escalation notice is published. */
        @WithDefault("14")
        int escalationDays();

        /** Tasks claimed per transaction of a scan; a smaller batch holds its row locks for less time. */
        @WithDefault("500")
        int batchSize();
    }
}
