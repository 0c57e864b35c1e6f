package care.rondo.service;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one write, so the client learns all of them at once and nothing is written. */
public final class FieldErrors {
    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new InvalidInputException.FieldError(field, message));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
