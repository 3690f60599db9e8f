package de.netzwerk.partner.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * What partner-service holds about a partner outside their own row, removed for the erasure of their personal data.
 * The inventory, table by table (V1–V18):
 * <ul>
 * <li>{@code partner_expertise}: their tags — deleted;</li>
 * <li>{@code consent_record}: their answers with when and by whom — deleted; where another partner's answer was
 * recorded by them (their token subject is their partner id), the author is emptied;</li>
 * <li>{@code partner} (others): a consent recorded by them loses its author; they no longer look after anyone
 * ({@code responsible_partner_id});</li>
 * <li>{@code contact_entry}: the contact log with them, notes and authors — deleted; where they are named as the one
 * who made a contact with someone else ({@code made_by} is free text, usually a name), the author is replaced;</li>
 * <li>{@code strategic_goal}: no longer names them as responsible; actor needs are anonymised by the caller;</li>
 * <li>{@code exchange_entry}, {@code exchange_entry_tag}: their offers and needs with descriptions and tags — deleted;
 * </li>
 * <li>{@code exchange_match}: their side of each match (their offer or need and their id) is emptied, the other side,
 * the kind and the dates stay for the other partner; a match still PROPOSED is deleted (nothing was exchanged); where
 * they proposed, agreed, completed or withdrew a match, the author is emptied;</li>
 * <li>{@code outbox_event}: events about them not yet published (a registration or update carries their name and
 * contact data) — deleted;</li>
 * <li>{@code personal_data_export} and its parts: their exports, documents and all — deleted; a part arriving later
 * is recognised as being about an erased partner and dropped;</li>
 * <li>{@code membership}: kept, naming only the tombstone's id, so that groups' member counts and histories still
 * read;</li>
 * <li>{@code processed_event}: event ids and types only — nothing to erase;</li>
 * <li>{@code cooperation_party} (V17): they leave each cooperation, their contribution with them; the cooperation
 * stays as the network's record and counts them in {@code erased_parties}, even when fewer than two parties are
 * left;</li>
 * <li>{@code signup_entry} (V18): their entries — deleted; the sign-up stays.</li>
 * </ul>
 */
@ApplicationScoped
public class PartnerTraces {

    private final EntityManager entityManager;

    PartnerTraces(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What a contact log entry says instead of naming an erased partner as the one who made the contact. */
    static final String ERASED_AUTHOR = "Partner (Daten gelöscht)";

    /** Removes what is held about the partner besides their own row; {@code name} is their name before the erasure. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(String networkId, UUID partnerId, String name) {
        String subject = partnerId.toString();
        execute("delete from partner_expertise where partner_id = :partner", networkId, partnerId, subject);
        execute("delete from consent_record where network_id = :network and partner_id = :partner", networkId, partnerId, subject);
        execute("update consent_record set recorded_by = null where network_id = :network and recorded_by = :subject",
                networkId, partnerId, subject);
        for (String consent : new String[] { "contact_consent_by", "listing_consent_by", "stay_listed_consent_by" }) {
            execute("update partner set %1$s = null where network_id = :network and %1$s = :subject".formatted(consent),
                    networkId, partnerId, subject);
        }
        execute("update partner set responsible_partner_id = null where network_id = :network and responsible_partner_id = :partner",
                networkId, partnerId, subject);
        execute("delete from contact_entry where network_id = :network and partner_id = :partner", networkId, partnerId, subject);
        entityManager.createNativeQuery("""
                update contact_entry set made_by = :erased
                where network_id = :network and (made_by = :subject or lower(btrim(made_by)) = lower(:name))""")
                .setParameter("erased", ERASED_AUTHOR).setParameter("network", networkId)
                .setParameter("subject", subject).setParameter("name", name.strip())
                .executeUpdate();
        execute("update strategic_goal set responsible_partner_id = null, version = version + 1, updated_at = now() where network_id = :network and responsible_partner_id = :partner",
                networkId, partnerId, subject);
        removeFromExchange(networkId, partnerId, subject);
        execute("delete from personal_data_export where network_id = :network and partner_id = :partner",
                networkId, partnerId, subject);
        execute("""
                update cooperation set erased_parties = erased_parties + 1, version = version + 1, updated_at = now()
                where network_id = :network
                  and id in (select cooperation_id from cooperation_party where network_id = :network and partner_id = :partner)""",
                networkId, partnerId, subject);
        execute("delete from cooperation_party where network_id = :network and partner_id = :partner", networkId, partnerId, subject);
        execute("delete from signup_entry where network_id = :network and partner_id = :partner", networkId, partnerId, subject);
        execute("delete from outbox_event where network_id = :network and (record_key = :subject or strpos(payload, :subject) > 0)",
                networkId, partnerId, subject);
    }

    /** Their matches first (they name their entries), then the entries; see the inventory above. */
    private void removeFromExchange(String networkId, UUID partnerId, String subject) {
        execute("""
                delete from exchange_match where network_id = :network and status = 'PROPOSED'
                    and (offering_partner_id = :partner or needing_partner_id = :partner)""", networkId, partnerId, subject);
        execute("""
                update exchange_match set offer_id = null, offering_partner_id = null, version = version + 1
                where network_id = :network and offering_partner_id = :partner""", networkId, partnerId, subject);
        execute("""
                update exchange_match set need_id = null, needing_partner_id = null, version = version + 1
                where network_id = :network and needing_partner_id = :partner""", networkId, partnerId, subject);
        for (String author : new String[] { "proposed_by", "agreed_by", "completed_by", "withdrawn_by" }) {
            execute("update exchange_match set %1$s = null, version = version + 1 where network_id = :network and %1$s = :subject".formatted(author),
                    networkId, partnerId, subject);
        }
        execute("delete from exchange_entry where network_id = :network and partner_id = :partner", networkId, partnerId, subject);
    }

    private void execute(String sql, String networkId, UUID partnerId, String subject) {
        var query = entityManager.createNativeQuery(sql);
        if (sql.contains(":network")) {
            query.setParameter("network", networkId);
        }
        if (sql.contains(":partner")) {
            query.setParameter("partner", partnerId);
        }
        if (sql.contains(":subject")) {
            query.setParameter("subject", subject);
        }
        query.executeUpdate();
    }
}
