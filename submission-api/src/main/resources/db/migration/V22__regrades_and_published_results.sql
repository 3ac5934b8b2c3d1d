-- Re-grading with an impact preview. A result is published (learners, webhooks and LTI see it) when
-- published_at is set; a regrade's results stay unpublished until the regrade is confirmed.

alter table grading_result add column published_at timestamp with time zone;
update grading_result set published_at = received_at;

create table regrade (
    id               uuid                     not null primary key,
    exercise_id      varchar(200)             not null,
    exercise_version varchar(100),                       -- the catalog's version the regrade grades against
    status           varchar(16)              not null,  -- preview | confirmed | discarded
    requested_by     varchar(350)             not null,
    created_at       timestamp with time zone not null,
    confirmed_at     timestamp with time zone
);

-- One row per regraded submission: which published attempt it is compared with and which attempt regrades it.
create table regrade_item (
    regrade_id       uuid    not null references regrade (id),
    submission_id    uuid    not null references submission (id),
    previous_attempt integer not null,
    attempt          integer not null,
    primary key (regrade_id, submission_id),
    constraint regrade_item_attempt unique (submission_id, attempt)
);
