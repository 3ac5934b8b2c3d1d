package dev.pygrade.api.submission;

import dev.pygrade.api.persistence.WireNameConverter;
import jakarta.persistence.Converter;

/** Stores a {@link SubmissionStatus} as its wire name ({@code queued}, …), the same text the API shows. */
@Converter
public class SubmissionStatusConverter extends WireNameConverter<SubmissionStatus> {
    public SubmissionStatusConverter() {
        super(SubmissionStatus.class, SubmissionStatus::wire);
    }
}
