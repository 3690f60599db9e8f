package de.netzwerk.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A partner as partner-service last described it (replicated from partner-events): who can own tasks. */
@Entity
@Table(name = "partner")
@IdClass(NetworkKey.class)
public class Partner {

    public static final String ACTIVE = "ACTIVE";
    public static final String LEFT = "LEFT";

    @Id
    @Column(name = "network_id")
    public String networkId;

    @Id
    public UUID id;

    /** PROSPECT, ACTIVE, PAUSED or LEFT, as partner-service names them. */
    @Column(nullable = false)
    public String status;

    /** Lower-case tags, compared as they are. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> expertise = new ArrayList<>();

    /** The profile version of the latest partner-updated applied; an older one arriving late changes nothing. */
    @Column(name = "profile_version", nullable = false)
    public long profileVersion;
}
