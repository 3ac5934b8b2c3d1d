-- Dead letters an admin re-published to their original topic: a second redrive needs ?force=true.

create table dead_letter_redrive (
    topic          varchar(249)             not null,
    kafka_partition integer                 not null,
    kafka_offset   bigint                   not null,
    redriven_at    timestamp with time zone not null,
    redriven_by    varchar(350)             not null,
    primary key (topic, kafka_partition, kafka_offset)
);
