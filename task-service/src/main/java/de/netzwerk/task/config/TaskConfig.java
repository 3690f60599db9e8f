package de.netzwerk.task.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * Business settings of task-service. task-service holds no network records (partner-service owns them and
 * its events carry no time zone), so a network's time zone comes from here: one default and per-network
 * overrides, e.g. {@code netzwerk.tasks.network-time-zones."demo"=Europe/Vienna}.
 */
@ConfigMapping(prefix = "netzwerk.tasks")
public interface TaskConfig {

    /** The time zone in which due dates are calendar days, unless the network has its own below. */
    @WithDefault("Europe/Berlin")
    String timeZone();

    /** Network id to time zone, for networks outside the default one. */
    Map<String, String> networkTimeZones();

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
