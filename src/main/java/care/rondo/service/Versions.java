package care.rondo.service;

/** Optimistic locking at the API boundary: a write names the version it read (If-Match or body). */
public final class Versions {
    private Versions() {
    }

    /** Throws 409 carrying the current state when the client's version is not the stored one. */
    public static void check(String what, long storedVersion, long expectedVersion, Object current) {
        if (storedVersion != expectedVersion) {
            throw new ConflictException(what + " was changed by someone else (version " + expectedVersion
                    + " is stale, current is " + storedVersion + ")", current);
        }
    }
}
