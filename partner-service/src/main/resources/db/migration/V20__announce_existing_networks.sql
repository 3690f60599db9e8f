-- network-registered and network-updated are published from this version on: they make partner-service the one
-- source of truth for a network's time zone and language, which meeting-, task- and engagement-service replicate.
-- The networks registered before it are announced here once, through the outbox like every event, each with its
-- current settings and version, so that the replicas know every network, not only the new ones. The payload is
-- that of asyncapi/schemas/network-registered.v1.json.
insert into outbox_event (event_id, event_type, topic, record_key, network_id, occurred_at, payload)
select gen_random_uuid(), 'de.netzwerk.partner.network-registered.v1', 'partner-events', id, id, now(),
       json_build_object('networkId', id, 'timeZone', time_zone, 'defaultLanguage', default_language,
                         'version', version, 'registeredAt', created_at)::text
from network
order by created_at, id;
