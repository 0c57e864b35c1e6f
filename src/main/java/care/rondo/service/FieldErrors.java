package care.rondo.service;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one write, so the client learns all of them at once and nothing is written. */
final class FieldErrors {
    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new InvalidInputException.FieldError(field, message));
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
