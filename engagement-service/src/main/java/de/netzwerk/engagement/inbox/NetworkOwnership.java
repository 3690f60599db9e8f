package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.event.ConsumedEvent;
import de.netzwerk.engagement.event.Subject;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, event by event in the order of a batch, whether everything an event names belongs to the event's
 * network: by what was known before the batch and what the batch's earlier events named. An event naming a
 * partner, group, meeting, task or goal of another network is refused with the reason; an accepted event makes
 * what it names for the first time its network's.
 */
final class NetworkOwnership {

    private final Map<Subject, String> networks;
    private final Map<Subject, String> claimed = new LinkedHashMap<>();

    NetworkOwnership(Map<Subject, String> known) {
        this.networks = new HashMap<>(known);
    }

    /** Empty if the event may be applied; otherwise why it may not. */
    Optional<String> refusal(ConsumedEvent event) {
        for (Subject subject : event.subjects()) {
            String network = networks.get(subject);
            if (network != null && !network.equals(event.networkId())) {
                return Optional.of("%s belongs to network '%s', not to '%s' named by ce_networkid"
                        .formatted(subject, network, event.networkId()));
            }
        }
        for (Subject subject : event.subjects()) {
            if (networks.putIfAbsent(subject, event.networkId()) == null) {
                claimed.put(subject, event.networkId());
            }
        }
        return Optional.empty();
    }

    /** What accepted events named for the first time, with their networks: to be recorded with their facts. */
    Map<Subject, String> claimed() {
        return claimed;
    }
}
