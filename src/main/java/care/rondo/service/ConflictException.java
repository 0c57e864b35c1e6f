package care.rondo.service;

/**
 * The request is well-formed but clashes with the current state (stale version, duplicate name, a roster being
 * solved...). {@code current} is the current state for the client to retry from, or null.
 */
public class ConflictException extends RuntimeException {
    private final transient Object current;

    public ConflictException(String message, Object current) {
        super(message);
        this.current = current;
    }

    public ConflictException(String message) {
        this(message, null);
    }

    public Object current() {
        return current;
    }
}
