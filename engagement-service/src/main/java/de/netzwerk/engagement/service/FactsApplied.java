package de.netzwerk.engagement.service;

import de.netzwerk.engagement.PartnerKey;

import java.util.Set;

/**
 * Fired (as a CDI event) where facts are written: the partners queued for assessment by them, none named after a
 * replay (it queues every partner). Observed after the transaction that wrote them commits, so that whoever
 * assesses them reads what they wrote.
 */
public record FactsApplied(Set<PartnerKey> partners) {

    public FactsApplied {
        partners = Set.copyOf(partners);
    }
}
