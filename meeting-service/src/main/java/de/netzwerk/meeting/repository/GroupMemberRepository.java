package de.netzwerk.meeting.repository;

import de.netzwerk.meeting.GroupMember;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GroupMemberRepository implements PanacheRepositoryBase<GroupMember, UUID> {

    public Optional<GroupMember> find(UUID groupId, UUID partnerId) {
        return find("groupId = ?1 and partnerId = ?2", groupId, partnerId).firstResultOptional();
    }

    public List<GroupMember> currentOf(UUID groupId) {
        return list("groupId", Sort.by("joinedOn").and("partnerId"), groupId);
    }
}
