-- Idempotency-Key of POST /api/v1/submissions: the first answer per (caller, key), kept for the retention period.

create table idempotency_key (
    scope         varchar(350)             not null, -- key:<api key id> or session:<subject>
    idem_key      varchar(200)             not null,
    request_hash  varchar(64)              not null, -- hex SHA-256 of the canonical request
    submission_id uuid                     not null references submission (id),
    created_at    timestamp with time zone not null,
    primary key (scope, idem_key)
);

create index idempotency_key_created on idempotency_key (created_at);
