-- LTI 1.3 OIDC login state and accepted launches.

-- One row per login we started; consumed (used_at) by the first launch that presents its state.
create table lti_login_state (
    state           varchar(100)             not null primary key,
    nonce           varchar(100)             not null unique,
    registration_id bigint                   not null references lti_registration (id) on delete cascade,
    target_link_uri varchar(2000)            not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    used_at         timestamp with time zone
);

create index lti_login_state_expires on lti_login_state (expires_at);

-- Every accepted launch. token_hash (SHA-256 of the id_token) is unique: the same id_token is never accepted twice.
create table lti_launch (
    id              uuid                     not null primary key,
    token_hash      varchar(64)              not null unique,
    registration_id bigint                   not null references lti_registration (id),
    deployment_id   varchar(255)             not null,
    message_type    varchar(64)              not null, -- LtiResourceLinkRequest | LtiDeepLinkingRequest
    sub             varchar(255)             not null, -- the platform's user id (AGS userId)
    subject         varchar(300)             not null, -- the Pygrade principal subject
    role            varchar(16)              not null, -- LEARNER | INSTRUCTOR
    context_id      varchar(255),
    course_id       varchar(300),                      -- the Pygrade principal's course id
    resource_link   varchar(255),
    exercise_id     varchar(200),
    lineitem_url    varchar(2000),
    lineitems_url   varchar(2000),
    ags_scopes      varchar(2000),                     -- space-separated scopes the platform granted
    return_url      varchar(2000),                     -- deep linking: deep_link_return_url
    dl_data         varchar(4000),                     -- deep linking: data to echo
    launched_at     timestamp with time zone not null,
    responded_at    timestamp with time zone           -- deep linking: when the response was sent
);

create index lti_launch_subject on lti_launch (subject, exercise_id, launched_at);

-- Which launch a submission belongs to (set when its first result arrives).
create table lti_submission (
    submission_id uuid not null primary key references submission (id),
    launch_id     uuid not null references lti_launch (id)
);
