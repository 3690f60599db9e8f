package de.netzwerk.meeting.repository;

import de.netzwerk.meeting.Minutes;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class MinutesRepository implements PanacheRepositoryBase<Minutes, UUID> {
}
