package dev.pygrade.api.result;

import dev.pygrade.api.persistence.WireNameConverter;
import dev.pygrade.contract.result.GradingStatus;
import jakarta.persistence.Converter;

/** Stores a result's {@link GradingStatus} as its wire name ({@code passed}, {@code memory-limit}, …). */
@Converter
public class GradingStatusConverter extends WireNameConverter<GradingStatus> {
    public GradingStatusConverter() {
        super(GradingStatus.class, GradingStatus::wire);
    }
}
