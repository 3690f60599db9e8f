package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.event.BandChanged;
import de.netzwerk.engagement.outbox.Outbox;
import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.scoring.Assessment;
import de.netzwerk.engagement.scoring.PartnerHistory;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What follows from a partner's new assessment besides its score: a band change is published, alerts are raised,
 * extended or resolved, and the groups the partner is active in are looked at once the round is over.
 */
@ApplicationScoped
public class AssessmentConsequences {

    private final Outbox outbox;
    private final AlertService alerts;
    private final GroupReview groups;

    AssessmentConsequences(Outbox outbox, AlertService alerts, GroupReview groups) {
        this.outbox = outbox;
        this.alerts = alerts;
        this.groups = groups;
    }

    /** The consequences for the partners of one round, with their alerts read once. */
    Round round(Collection<PartnerKey> partners, OffsetDateTime now) {
        return new Round(alerts.ofPartners(partners), now);
    }

    final class Round {

        private final Map<PartnerKey, List<Alert>> alertsOf;
        private final OffsetDateTime now;

        private Round(Map<PartnerKey, List<Alert>> alertsOf, OffsetDateTime now) {
            this.alertsOf = alertsOf;
            this.now = now;
        }

        /** {@code before}: the partner's stored assessment, null if they were never assessed. */
        void follow(PartnerKey partner, EngagementStore.Stored before, Assessment assessment, PartnerHistory history,
                LocalDate today) {
            String network = partner.networkId();
            if (assessment.band() != null && (before == null || before.band() != assessment.band())) {
                outbox.add(new BandChanged(network, partner.partnerId(), assessment.band(),
                        before == null ? null : before.band(), assessment.score(), now));
            }
            if (assessment.rulesApplied()) {
                alerts.follow(partner, assessment.conditions(), assessment.holding(),
                        alertsOf.getOrDefault(partner, List.of()));
            }
            history.memberships().stream().filter(membership -> membership.activeOn(today))
                    .forEach(membership -> groups.note(network, membership.groupId()));
        }
    }
}
