package de.netzwerk.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * An actor a goal needs, and what for: an existing partner, or an actor described in words who is not in
 * the network yet ("die Lokalzeitung", "jemand aus dem Jobcenter").
 */
@Entity
@Table(name = "actor_need")
public class ActorNeed {

    @Id
    public UUID id;

    /** The network of the goal: a need can name only a partner of the same network. */
    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(nullable = false)
    public int position;

    @Column(name = "partner_id")
    public UUID partnerId;

    /** Who is needed, when it is no partner yet. */
    public String description;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    @Column(nullable = false)
    public String purpose;

    /** Among the most important actors of the goal (seed 002). */
    @Column(name = "key_actor", nullable = false)
    public boolean keyActor;
}
