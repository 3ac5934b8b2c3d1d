-- Access control: API keys (stored only as a SHA-256 hash) and who each submission belongs to.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

create table api_key (
    id                    uuid                     not null primary key,
    name                  varchar(200)             not null,
    key_hash              varchar(64)              not null unique, -- hex SHA-256 of the whole key
    key_prefix            varchar(12)              not null,        -- "pgk_" and 4 characters, to recognise a key
    role                  varchar(16)              not null,        -- LEARNER | INSTRUCTOR | ADMIN
    subject               varchar(300)             not null,        -- the principal subject of the key's calls
    course_id             varchar(300),
    webhook_url           varchar(2000),                            -- default callback of the key's submissions
    webhook_secret        varchar(100)             not null,        -- HMAC key of webhook signatures
    rate_limit_per_minute integer,                                  -- overrides pygrade.rate-limit.per-key
    created_at            timestamp with time zone not null,
    revoked_at            timestamp with time zone
);

alter table submission add column learner_subject varchar(300);
alter table submission add column course_id varchar(300);
alter table submission add column submitted_by varchar(300); -- credential scope: key:<id> or session:<subject>
alter table submission add column api_key_id uuid;
alter table submission add column callback_url varchar(2000);

create index submission_learner on submission (learner_subject, exercise_id);
create index submission_course on submission (course_id);
create index submission_exercise on submission (exercise_id);
