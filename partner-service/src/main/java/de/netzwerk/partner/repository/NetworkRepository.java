package de.netzwerk.partner.repository;

import de.netzwerk.partner.Network;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NetworkRepository implements PanacheRepositoryBase<Network, String> {
}
