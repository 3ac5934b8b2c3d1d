package dev.pygrade.api.submission;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link SubmissionStatus} as its wire name ({@code queued}, …), the same text the API shows. */
@Converter
public class SubmissionStatusConverter implements AttributeConverter<SubmissionStatus, String> {
    @Override
    public String convertToDatabaseColumn(SubmissionStatus status) {
        return status == null ? null : status.wire();
    }

    @Override
    public SubmissionStatus convertToEntityAttribute(String value) {
        return value == null ? null : SubmissionStatus.fromWire(value);
    }
}
