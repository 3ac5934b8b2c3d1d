package dev.pygrade.api.lti.ags;

import dev.pygrade.api.persistence.WireNameConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PassbackStatus} as its wire name. */
@Converter
public class PassbackStatusConverter extends WireNameConverter<PassbackStatus> {
    public PassbackStatusConverter() {
        super(PassbackStatus.class, PassbackStatus::wire);
    }
}
