-- group-created and goal-created are published from this version on. The groups and goals created before it are
-- announced here once, through the outbox like every event, so that other services learn every group and goal of
-- a network, not only the new ones. The payloads are those of the events' schemas in asyncapi/schemas.
insert into outbox_event (event_id, event_type, topic, record_key, network_id, occurred_at, payload)
select gen_random_uuid(), 'de.netzwerk.partner.group-created.v1', 'partner-events', id::text, network_id, now(),
       json_build_object('networkId', network_id, 'groupId', id, 'groupKind', kind, 'createdAt', created_at)::text
from partner_group
order by created_at, id;

insert into outbox_event (event_id, event_type, topic, record_key, network_id, occurred_at, payload)
select gen_random_uuid(), 'de.netzwerk.partner.goal-created.v1', 'partner-events', id::text, network_id, now(),
       json_build_object('networkId', network_id, 'goalId', id, 'createdAt', created_at)::text
from strategic_goal
order by created_at, id;
