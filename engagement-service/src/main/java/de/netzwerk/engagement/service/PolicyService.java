package de.netzwerk.engagement.service;

import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.repository.PolicyStore;
import de.netzwerk.engagement.rest.dto.PolicyRequest;
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
    private final EngagementStore engagement;
    private final Clock clock;

    PolicyService(PolicyStore policies, EngagementStore engagement, Clock clock) {
        this.policies = policies;
        this.engagement = engagement;
        this.clock = clock;
    }

    public PolicyStore.Versioned current(String network) {
        return policies.current(network);
    }

    public PolicyStore.Versioned change(String network, PolicyRequest request, String actor) {
        Policy policy = validated(request);
        PolicyStore.Versioned current = inForceAt(network, request.version());
        OffsetDateTime now = OffsetDateTime.now(clock);
        policies.insert(network, current.version() + 1, policy, now, actor);
        engagement.markNetworkDirty(network);
        return new PolicyStore.Versioned(policy, current.version() + 1, now, actor);
    }

    /**
     * The policy in force, if it is the version a change (or its preview) is based on: a change based on another
     * is a conflict, so that what was previewed is what gets adopted.
     */
    public PolicyStore.Versioned inForceAt(String network, int version) {
        PolicyStore.Versioned current = policies.current(network);
        if (version != current.version()) {
            throw new ConflictException(Text.of("version.stale.sent", current.version(), version));
        }
        return current;
    }

    /** The requested policy, if its values fit together; otherwise 400 naming each field. */
    static Policy validated(PolicyRequest request) {
        Policy policy = request.toPolicy();
        validate(policy);
        return policy;
    }

    private static void validate(Policy policy) {
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
