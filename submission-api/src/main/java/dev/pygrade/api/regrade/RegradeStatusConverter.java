package dev.pygrade.api.regrade;

import dev.pygrade.api.persistence.WireNameConverter;
import jakarta.persistence.Converter;

/** Stores a {@link RegradeStatus} as its wire name. */
@Converter
public class RegradeStatusConverter extends WireNameConverter<RegradeStatus> {
    public RegradeStatusConverter() {
        super(RegradeStatus.class, RegradeStatus::wire);
    }
}
