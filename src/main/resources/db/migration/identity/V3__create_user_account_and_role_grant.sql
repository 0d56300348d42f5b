create table user_account (
    id               bigint generated always as identity primary key,
    email            text not null,
    display_name     text not null,
    password_hash    text,
    status           text not null default 'INVITED' check (status in ('INVITED', 'ACTIVE', 'DISABLED')),
    failed_logins    integer not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now(),
    last_login_at    timestamptz
);
create unique index user_account_email on user_account (lower(email));

-- One person may hold several grants. Scope: national (no government), one government, or one
-- OPD of one government (operators), or the governments an assessor is assigned to (one row each).
create table role_grant (
    id             bigint generated always as identity primary key,
    user_id        bigint not null references user_account (id),
    role           text not null check (role in ('NATIONAL_ADMIN', 'COORDINATOR', 'LEADER', 'OPERATOR', 'ASSESSOR')),
    government_id  bigint references government (id),
    agency_id      bigint references agency (id),
    created_at     timestamptz not null default now(),
    check ((role = 'NATIONAL_ADMIN') = (government_id is null)),
    check ((role = 'OPERATOR') = (agency_id is not null))
);
create unique index role_grant_unique on role_grant (user_id, role, coalesce(government_id, 0), coalesce(agency_id, 0));
create index role_grant_government on role_grant (government_id);

-- Invitation / first-login links and password resets: only the hash of the token is stored.
create table invitation (
    id          bigint generated always as identity primary key,
    user_id     bigint not null references user_account (id),
    token_hash  char(64) not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);

-- Personal access tokens for /api/**: shown once, stored hashed, expiring, revocable.
create table access_token (
    id            bigint generated always as identity primary key,
    user_id       bigint not null references user_account (id),
    name          text not null,
    token_hash    char(64) not null unique,
    prefix        text not null,
    expires_at    timestamptz not null,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    created_at    timestamptz not null default now()
);
create index access_token_user on access_token (user_id);

-- Failed logins, by account name and by client address, for throttling across instances.
create table login_failure (
    id          bigint generated always as identity primary key,
    username    text not null,
    ip          text not null,
    at          timestamptz not null default now()
);
create index login_failure_username on login_failure (lower(username), at);
create index login_failure_ip on login_failure (ip, at);
