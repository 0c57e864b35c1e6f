package care.rondo.service;

import io.quarkus.panache.common.Sort;

import java.util.List;
import java.util.Map;

/**
 * A page of a list: zero-based page index, page size (1–200) and a sort such as {@code name,-createdAt}
 * restricted to the fields a list allows (client field names mapped to entity fields).
 */
public record PageRequest(int page, int size, String sort) {

    public static final int MAX_SIZE = 200;

    public Sort toSort(Map<String, String> allowed, String defaultField) {
        Sort result = null;
        String spec = sort == null || sort.isBlank() ? defaultField : sort;
        for (String part : spec.split(",")) {
            String trimmed = part.trim();
            boolean descending = trimmed.startsWith("-");
            String field = descending ? trimmed.substring(1) : trimmed;
            String column = allowed.get(field);
            if (column == null) {
                throw new InvalidInputException("sort", "must name one of " + List.copyOf(allowed.keySet())
                        + ", optionally prefixed with -");
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(column, direction) : result.and(column, direction);
        }
        return result.and("id");
    }
}
