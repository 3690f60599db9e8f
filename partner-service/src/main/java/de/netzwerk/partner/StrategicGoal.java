package de.netzwerk.partner;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A strategic goal of the network (seed 002) and the actors it needs: the target network (SOLL). */
@Entity
@Table(name = "strategic_goal")
public class StrategicGoal {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalCategory category;

    /** 1 is the most important. */
    @Column(nullable = false)
    public int priority;

    /** The partner who looks after the goal. */
    @Column(name = "responsible_partner_id")
    public UUID responsiblePartnerId;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "goal_id", nullable = false)
    @OrderBy("position")
    public List<ActorNeed> actorNeeds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** When it or the actors it needs last changed: clients poll with {@code updatedSince}. */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
