-- In-app notifications, addressed to an audience in a government (the coordinators, or the operators
-- of one OPD) rather than to named people, so whoever holds that grant when they look sees it.
create table notification (
    id              bigint generated always as identity primary key,
    government_id   bigint not null references government (id),
    audience        text not null check (audience in ('COORDINATOR', 'OPERATOR')),
    agency_id       bigint references agency (id),
    message_key     text not null,
    arguments       jsonb not null,
    link            text not null,
    created_by      bigint,
    created_at      timestamptz not null default now(),
    check ((audience = 'OPERATOR') = (agency_id is not null))
);
create index notification_audience on notification (government_id, audience, agency_id, id);

create table notification_read (
    notification_id  bigint not null references notification (id),
    user_id          bigint not null,
    read_at          timestamptz not null default now(),
    primary key (notification_id, user_id)
);
