package dev.pygrade.api.lti.keys;

import dev.pygrade.api.persistence.WireNameConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ToolKeyStatus} as its wire name. */
@Converter
public class ToolKeyStatusConverter extends WireNameConverter<ToolKeyStatus> {
    public ToolKeyStatusConverter() {
        super(ToolKeyStatus.class, ToolKeyStatus::wire);
    }
}
