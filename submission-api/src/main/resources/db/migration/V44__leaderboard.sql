-- Leaderboards of performance exercises. leaderboard_best keeps every learner's best passed result per exercise
-- (written in the transaction that publishes a result, whether or not the learner takes part), so that opting in
-- later shows earlier results too; leaderboard_participant says who takes part and under which pseudonym.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode.

create table leaderboard_best (
    exercise_id         varchar(200)             not null,
    learner_subject     varchar(300)             not null,
    median_ratio        double precision,                   -- lowest median time ratio to the reference
    ratio_achieved_at   timestamp with time zone,           -- when the submission with that ratio was made
    peak_bytes          bigint,                             -- lowest tracemalloc peak
    peak_achieved_at    timestamp with time zone,
    primary key (exercise_id, learner_subject)
);

create table leaderboard_participant (
    learner_subject varchar(300)             not null primary key,
    pseudonym       varchar(24)              not null,
    pseudonym_key   varchar(24)              not null,        -- the pseudonym in lower case: unique regardless of case
    opted_in_at     timestamp with time zone,                 -- null while opted out (the pseudonym stays reserved)
    created_at      timestamp with time zone not null,
    constraint leaderboard_pseudonym_unique unique (pseudonym_key)
);
