package de.netzwerk.partner.repository;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database itself refuses a row of one network that names a partner, group or goal of another, and refuses to
 * move a partner out of the network its memberships, contacts and goals belong to: whatever a future bug in the code
 * above it lets through.
 */
@QuarkusTest
class NetworkKeysTest {

    @Inject
    EntityManager entityManager;

    private String a;
    private String b;
    private UUID partnerOfA;
    private UUID partnerOfB;
    private UUID groupOfA;
    private UUID goalOfA;

    @BeforeEach
    void twoNetworks() {
        a = Partners.network();
        b = Partners.network();
        partnerOfA = UUID.fromString(Partners.registered(a, Partners.profile("Verein aus A")));
        partnerOfB = UUID.fromString(Partners.registered(b, Partners.profile("Verein aus B")));
        groupOfA = UUID.fromString(post(a, "/groups", Map.of("kind", "WORKING", "name", "AG in A")));
        goalOfA = UUID.fromString(post(a, "/goals", Map.of("title", "Ziel in A", "category", "EXPERTISE", "priority", 1)));
    }

    @Test
    void aPartnerOfAnotherNetworkCannotBeResponsibleForAPartnerOrAGoal() {
        refused("partner_responsible_in_network",
                "update partner set responsible_partner_id = ?1 where id = ?2", partnerOfB, partnerOfA);
        refused("strategic_goal_responsible_in_network",
                "update strategic_goal set responsible_partner_id = ?1 where id = ?2", partnerOfB, goalOfA);
    }

    @Test
    void aGroupCannotHaveAMemberOfAnotherNetwork() {
        refused("membership_partner_in_network", """
                insert into membership (id, network_id, group_id, partner_id, role, joined_on, introductory_talk_done, version)
                values (?1, ?2, ?3, ?4, 'MEMBER', current_date, false, 0)""", UUID.randomUUID(), a, groupOfA, partnerOfB);
    }

    @Test
    void aGoalCannotNeedAPartnerOfAnotherNetwork() {
        refused("actor_need_partner_in_network", """
                insert into actor_need (id, network_id, goal_id, position, partner_id, purpose, key_actor)
                values (?1, ?2, ?3, 0, ?4, 'Beratung', true)""", UUID.randomUUID(), a, goalOfA, partnerOfB);
    }

    @Test
    void aContactIsLoggedOnlyForAPartnerOfItsNetwork() {
        refused("contact_entry_partner_in_network", """
                insert into contact_entry (id, network_id, partner_id, contacted_on, channel, level, made_by, recorded_at, source)
                values (?1, ?2, ?3, current_date, 'CALL', 'RELATIONSHIP', 'Maria', now(), 'CONTACT_LOG')""", UUID.randomUUID(), a, partnerOfB);
    }

    @Test
    void aPartnerWithAMembershipCannotBeMovedToAnotherNetwork() {
        given().auth().oauth2(DevTokens.coordinator(a)).contentType(ContentType.JSON).body(Map.of("role", "MEMBER"))
                .when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", a, groupOfA, partnerOfA)
                .then().statusCode(201);

        refused("membership_partner_in_network", "update partner set network_id = ?1 where id = ?2", b, partnerOfA);
    }

    @Test
    void aCooperationNamesOnlyPartnersAndGoalsOfItsNetwork() {
        UUID cooperation = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into cooperation (id, network_id, purpose, starts_on, ends_on, status, created_at, updated_at, version)
                values (?1, ?2, 'Sommerfest', current_date, current_date, 'PLANNED', now(), now(), 0)""")
                .setParameter(1, cooperation).setParameter(2, a).executeUpdate());

        refused("cooperation_party_partner_in_network", """
                insert into cooperation_party (cooperation_id, network_id, partner_id, contribution)
                values (?1, ?2, ?3, 'Bühne')""", cooperation, a, partnerOfB);
        refused("cooperation_party_cooperation_in_network", """
                insert into cooperation_party (cooperation_id, network_id, partner_id, contribution)
                values (?1, ?2, ?3, 'Bühne')""", cooperation, b, partnerOfB);
        UUID goalOfB = UUID.fromString(post(b, "/goals", Map.of("title", "Ziel in B", "category", "EXPERTISE", "priority", 1)));
        refused("cooperation_goal_in_network", "update cooperation set goal_id = ?1 where id = ?2", goalOfB, cooperation);
    }

    @Test
    void aSignUpIsForAGroupAndNamesAPartnerOfItsNetwork() {
        refused("signup_group_in_network", """
                insert into signup (id, network_id, group_id, status, opened_at, opened_by, version)
                values (?1, ?2, ?3, 'OPEN', now(), 'test', 0)""", UUID.randomUUID(), b, groupOfA);
        UUID signup = UUID.fromString(post(a, "/signups", Map.of("groupId", groupOfA.toString())));
        refused("signup_entry_partner_in_network", """
                insert into signup_entry (id, network_id, signup_id, partner_id, partner_created, membership_started, entered_by, entered_at)
                values (?1, ?2, ?3, ?4, false, false, 'test', now())""", UUID.randomUUID(), a, signup, partnerOfB);
    }

    private void refused(String constraint, String sql, Object... parameters) {
        RuntimeException refusal = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        }));
        Throwable cause = refusal;
        while (cause.getCause() != null && !String.valueOf(cause.getMessage()).contains(constraint)) {
            cause = cause.getCause();
        }
        assertTrue(String.valueOf(cause.getMessage()).contains(constraint), () -> "expected " + constraint + ", got " + refusal);
    }

    private static String post(String network, String path, Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/networks/{n}" + path, network)
                .then().statusCode(201).extract().path("id");
    }
}
