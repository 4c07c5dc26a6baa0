package br.com.regua.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.Optional;
import java.util.UUID;

/**
 * Ids are UUIDv7: opaque text to clients, time-ordered in indexes (so cursors follow creation
 * order and inserts stay at the right edge of the B-tree).
 */
public final class Ids {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {}

    public static UUID next() {
        return GENERATOR.generate();
    }

    /** An id from a client: anything that is not one of ours simply does not exist. */
    public static Optional<UUID> parse(String text) {
        if (text == null || text.length() != 36) return Optional.empty();
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static UUID parseOrNotFound(String text, String what) {
        return parse(text).orElseThrow(() -> new NotFoundException(what));
    }
}
