-- Clients that poll ask for what changed at or after a moment (updatedSince) and sort lists by it (issue 16, item 5).

-- An alert's last change. Every change of its row (a follow-up step, new evidence, a summary restated, its
-- withdrawal, the end of its condition) is an update of the row, as its version moves; the trigger stamps the moment
-- whichever code writes it. Rows already there take the latest moment they recorded.
alter table alert add column updated_at timestamptz;
update alert set updated_at = greatest(raised_at, acknowledged_at, contacted_at, closed_at, condition_ended_at);
alter table alert alter column updated_at set not null;

create function alert_touched() returns trigger language plpgsql as $$
begin
    new.updated_at := clock_timestamp();
    return new;
end
$$;
create trigger alert_touched before insert or update on alert for each row execute function alert_touched();

-- The list's orders, each with the id as tie-break (scanned backwards for the descending ones).
drop index alert_network_raised;
create index alert_network_raised on alert (network_id, raised_at, id);
create index alert_network_updated on alert (network_id, updated_at, id);

-- A partner's engagement entry changes when what the list shows changes (score, band, baseline, pause, policy),
-- not with every daily assessment that finds the same: the store sets it then.
alter table partner_engagement add column updated_at timestamptz;
update partner_engagement set updated_at = assessed_at;
alter table partner_engagement alter column updated_at set not null;

drop index partner_engagement_network;
create index partner_engagement_network on partner_engagement (network_id, score, partner_id);
create index partner_engagement_network_updated on partner_engagement (network_id, updated_at, partner_id);
