package de.netzwerk.engagement.repository.facts;

import de.netzwerk.engagement.event.ExchangeEvent;
import de.netzwerk.engagement.event.MembershipEnded;
import de.netzwerk.engagement.event.MembershipStarted;
import de.netzwerk.engagement.event.PartnerLeft;

import java.sql.SQLException;

/**
 * The facts of partner-service's events about partners: group memberships, leaving the network, and the exchange's
 * signs of life.
 */
final class PartnerFacts {

    private PartnerFacts() {
    }

    static void joined(MembershipStarted e, FactBatch batch) throws SQLException {
        batch.sql().upsert(e.groupId() + "/" + e.partnerId(), """
                insert into membership (network_id, group_id, partner_id, joined_on, version) values (?, ?, ?, ?, ?)
                on conflict (network_id, group_id, partner_id) do update set
                    joined_on = greatest(membership.joined_on, excluded.joined_on),
                    version = greatest(membership.version, excluded.version)""",
                e.networkId(), e.groupId(), e.partnerId(), e.joinedOn(), e.version());
        batch.touch(e.networkId(), e.partnerId());
    }

    static void leftGroup(MembershipEnded e, FactBatch batch) throws SQLException {
        batch.sql().upsert(e.groupId() + "/" + e.partnerId(), """
                insert into membership (network_id, group_id, partner_id, left_on, version) values (?, ?, ?, ?, 0)
                on conflict (network_id, group_id, partner_id) do update set
                    left_on = greatest(membership.left_on, excluded.left_on)""",
                e.networkId(), e.groupId(), e.partnerId(), e.leftOn());
        batch.touch(e.networkId(), e.partnerId());
    }

    static void leftNetwork(PartnerLeft e, FactBatch batch) throws SQLException {
        batch.sql().add("""
                insert into partner_departure (network_id, partner_id, left_at) values (?, ?, ?)
                on conflict do nothing""", e.networkId(), e.partnerId(), e.leftAt());
        batch.touch(e.networkId(), e.partnerId());
    }

    /** A sign of life by the event's own date; the earliest delivery of the same part keeps its date. */
    static void exchange(ExchangeEvent e, FactBatch batch) throws SQLException {
        for (ExchangeEvent.Part part : e.parts()) {
            batch.sql().upsert(part.partnerId() + "/" + part.activity() + "/" + part.referenceId(), """
                    insert into exchange_activity (network_id, partner_id, activity, reference_id, occurred_at)
                    values (?, ?, ?, ?, ?)
                    on conflict (network_id, partner_id, activity, reference_id) do update
                        set occurred_at = least(exchange_activity.occurred_at, excluded.occurred_at)""",
                    e.networkId(), part.partnerId(), part.activity().name(), part.referenceId(), part.occurredAt());
            batch.touch(e.networkId(), part.partnerId());
        }
    }
}
