package de.netzwerk.engagement.service;

import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.repository.AssessmentQueue;
import de.netzwerk.engagement.repository.PolicyStore;
import de.netzwerk.engagement.scoring.Policy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The network's engagement policy: read it, or change it as a new version; every partner is then assessed again. */
@ApplicationScoped
@Transactional
public class PolicyService {

    private final PolicyStore policies;
    private final AssessmentQueue queue;
    private final Clock clock;

    PolicyService(PolicyStore policies, AssessmentQueue queue, Clock clock) {
        this.policies = policies;
        this.queue = queue;
        this.clock = clock;
    }

    public PolicyStore.Versioned current(String network) {
        return policies.current(network);
    }

    /**
     * Adopts the policy as the version after {@code basedOn}, the version the caller read (their If-Match): a change
     * based on another version fails (412), and so does the second of two changes based on the same one, which the
     * primary key refuses when it stores the same next version.
     */
    public PolicyStore.Versioned change(String network, long basedOn, Policy policy, String actor) {
        validate(policy);
        PolicyStore.Versioned current = policies.current(network);
        if (basedOn != current.version()) {
            throw new StaleVersionException(current.version(), basedOn);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!policies.insert(network, current.version() + 1, policy, now, actor)) {
            throw new StaleVersionException(current.version() + 1, basedOn);
        }
        queue.requeueNetwork(network);
        return new PolicyStore.Versioned(policy, current.version() + 1, now, actor);
    }

    /** The policy's values fit together; otherwise 400 naming each field. */
    static void validate(Policy policy) {
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        int weights = policy.attendanceWeight() + policy.taskWeight() + policy.responsivenessWeight();
        if (weights != 100) {
            for (String field : List.of("attendanceWeight", "taskWeight", "responsivenessWeight")) {
                errors.add(new InvalidRequestException.FieldError(field, Text.of("weights-add-up-to-100", weights)));
            }
        }
        if (policy.watchFrom() >= policy.engagedFrom()) {
            errors.add(new InvalidRequestException.FieldError("watchFrom", Text.of("below-engaged-from", policy.engagedFrom())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
