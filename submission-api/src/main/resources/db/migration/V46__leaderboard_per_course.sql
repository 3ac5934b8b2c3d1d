-- Until enrolments exist, a learner is a subject within a course: the same subject in two courses is two learners,
-- whose leaderboard bests and participation must not mix (one would see the other's figures). Both tables get
-- learner_course in their primary key: the course id, or '' for a learner without a course (a primary key column
-- cannot be null; course ids are never empty). Runs on PostgreSQL and on H2 in PostgreSQL mode.
--
-- Existing rows were kept per subject. A best goes to the course of the subject's submissions of that exercise when
-- they are all in one course; a best mixed from several courses cannot be split without the result documents and is
-- dropped (the learner's next passed result sets it again). A participant goes to the course of the subject's
-- newest submission.

alter table leaderboard_best rename to leaderboard_best_v45;

create table leaderboard_best (
    exercise_id         varchar(200)             not null,
    learner_subject     varchar(300)             not null,
    learner_course      varchar(300)             not null, -- '' when the learner has no course
    median_ratio        double precision,
    ratio_achieved_at   timestamp with time zone,
    peak_bytes          bigint,
    peak_achieved_at    timestamp with time zone,
    constraint leaderboard_best_learner primary key (exercise_id, learner_subject, learner_course)
);

insert into leaderboard_best (exercise_id, learner_subject, learner_course, median_ratio, ratio_achieved_at,
                              peak_bytes, peak_achieved_at)
select b.exercise_id, b.learner_subject,
       coalesce((select max(s.course_id) from submission s
                 where s.learner_subject = b.learner_subject and s.exercise_id = b.exercise_id), ''),
       b.median_ratio, b.ratio_achieved_at, b.peak_bytes, b.peak_achieved_at
from leaderboard_best_v45 b
where (select count(distinct coalesce(s.course_id, '')) from submission s
       where s.learner_subject = b.learner_subject and s.exercise_id = b.exercise_id) <= 1;

drop table leaderboard_best_v45;

alter table leaderboard_participant rename to leaderboard_participant_v45;
alter table leaderboard_participant_v45 drop constraint leaderboard_pseudonym_unique;

create table leaderboard_participant (
    learner_subject varchar(300)             not null,
    learner_course  varchar(300)             not null, -- '' when the learner has no course
    pseudonym       varchar(24)              not null,
    pseudonym_key   varchar(24)              not null, -- the pseudonym in lower case: unique regardless of case
    opted_in_at     timestamp with time zone,          -- null while opted out (the pseudonym stays reserved)
    created_at      timestamp with time zone not null,
    constraint leaderboard_participant_learner primary key (learner_subject, learner_course),
    constraint leaderboard_pseudonym_unique unique (pseudonym_key)
);

insert into leaderboard_participant (learner_subject, learner_course, pseudonym, pseudonym_key, opted_in_at,
                                     created_at)
select p.learner_subject,
       coalesce((select s.course_id from submission s where s.learner_subject = p.learner_subject
                 order by s.created_at desc limit 1), ''),
       p.pseudonym, p.pseudonym_key, p.opted_in_at, p.created_at
from leaderboard_participant_v45 p;

drop table leaderboard_participant_v45;
