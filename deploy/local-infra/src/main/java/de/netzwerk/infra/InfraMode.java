package de.netzwerk.infra;

import org.testcontainers.DockerClientFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Whether the tests' servers come from containers or from the machine itself. */
enum InfraMode {
    CONTAINERS,
    LOCAL;

    static final String OVERRIDE_VARIABLE = "NETZWERK_TEST_INFRA";

    private static InfraMode detected;

    static synchronized InfraMode detect() {
        if (detected == null) {
            detected = fromOverride().orElseGet(() -> dockerEngineAnswers() ? CONTAINERS : LOCAL);
        }
        return detected;
    }

    private static java.util.Optional<InfraMode> fromOverride() {
        String value = System.getenv(OVERRIDE_VARIABLE);
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(OVERRIDE_VARIABLE + " must be 'containers' or 'local', not '" + value + "'");
        }
    }

    /**
     * Asks Testcontainers only when there is a sign of an engine at all: without a socket or DOCKER_HOST its
     * probing strategies would spend seconds and log warnings before giving up.
     */
    private static boolean dockerEngineAnswers() {
        boolean engineHinted = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
        return engineHinted && DockerClientFactory.instance().isDockerAvailable();
    }
}
