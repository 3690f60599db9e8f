package de.netzwerk.partner.service;

/**
 * The check every conditional change makes first, in the transaction that writes: the version the caller read (their
 * {@code If-Match}) must still be the stored one. JPA's {@code @Version} then guards the moment between this check
 * and the write.
 */
final class Versions {

    private Versions() {
    }

    static void require(long stored, long expected) {
        if (stored != expected) {
            throw new StaleVersionException(stored, expected);
        }
    }
}
