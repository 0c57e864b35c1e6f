package care.rondo.service;

import io.quarkus.panache.common.Sort;

import java.util.List;
import java.util.Map;

/**
 * A page of a list: zero-based page index, page size (1–200) and a sort such as {@code name,-createdAt}
 * restricted to the fields a list allows (client field names mapped to entity fields). {@code invalid} carries
 * the list's other query parameters that were found invalid before the sort could be checked (only the service
 * knows which fields sort): {@link #toSort} reports them together with the sort's, so one 400 names them all.
 */
public record PageRequest(int page, int size, String sort, List<InvalidInputException.FieldError> invalid) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        invalid = List.copyOf(invalid);
    }

    public PageRequest(int page, int size, String sort) {
        this(page, size, sort, List.of());
    }

    /** For a list without a sort: throws the invalid parameters, if any. */
    public void requireValid() {
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
    }

    public Sort toSort(Map<String, String> allowed, String defaultField) {
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>(invalid);
        Sort result = null;
        String spec = sort == null || sort.isBlank() ? defaultField : sort;
        for (String part : spec.split(",")) {
            String trimmed = part.trim();
            boolean descending = trimmed.startsWith("-");
            String field = descending ? trimmed.substring(1) : trimmed;
            String column = allowed.get(field);
            if (column == null) {
                errors.add(new InvalidInputException.FieldError("sort", "must name one of "
                        + List.copyOf(allowed.keySet()) + ", optionally prefixed with -"));
                break;
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(column, direction) : result.and(column, direction);
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(InvalidInputException.FieldError::field));
            throw new InvalidInputException(errors);
        }
        return result.and("id");
    }
}
