-- A partner's objection to scoring (GDPR Art. 21). While it is OPEN, and for good once a coordinator UPHELD it,
-- the partner is not assessed: no score, no band, no alert. REJECTED (with the compelling legitimate grounds) or
-- WITHDRAWN by the partner, scoring resumes. The reason is the partner's own words: it stays in this table and never
-- travels on a topic. A replay does not clear this table; an erasure of the partner deletes their rows.
create table scoring_objection (
    id                 uuid         primary key,
    network_id         varchar(63)  not null,
    partner_id         uuid         not null,
    status             varchar(16)  not null,
    reason             varchar(2000),
    recorded_at        timestamptz  not null,
    recorded_by        varchar(255) not null,
    recorded_on_behalf boolean      not null,
    decided_at         timestamptz,
    decided_by         varchar(255),
    justification      varchar(4000),
    version            bigint       not null
);

-- One standing objection per partner: a second one while one is open or upheld is a conflict.
create unique index scoring_objection_standing on scoring_objection (network_id, partner_id)
    where status in ('OPEN', 'UPHELD');
create index scoring_objection_partner on scoring_objection (network_id, partner_id, recorded_at);
create index scoring_objection_queue on scoring_objection (network_id, status, recorded_at);
