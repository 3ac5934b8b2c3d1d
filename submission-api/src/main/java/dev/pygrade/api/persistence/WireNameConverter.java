package dev.pygrade.api.persistence;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores a status enum as its wire name, the same text the API shows, so columns and JSON say the same thing and
 * renaming a constant never changes stored data. The wire name is passed as a function rather than required by an
 * interface because {@code GradingStatus} belongs to the grading contract. Each enum needs a concrete
 * {@code @Converter} subclass: JPA instantiates converters by class.
 */
public abstract class WireNameConverter<E extends Enum<E>> implements AttributeConverter<E, String> {
    private final Class<E> type;
    private final Function<E, String> wireName;
    private final Map<String, E> byWireName;

    protected WireNameConverter(Class<E> type, Function<E, String> wireName) {
        this.type = type;
        this.wireName = wireName;
        this.byWireName =
                Arrays.stream(type.getEnumConstants()).collect(Collectors.toUnmodifiableMap(wireName, e -> e));
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : wireName.apply(value);
    }

    @Override
    public E convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        E value = byWireName.get(column);
        if (value == null) {
            // Only a hand-edited row or a dropped constant gets here; failing loudly beats guessing.
            throw new IllegalStateException("unknown " + type.getSimpleName() + " '" + column + "' in the database");
        }
        return value;
    }
}
