package care.rondo.service;

import java.util.List;
import java.util.function.Function;

/** One page of a list with what a client needs to fetch the next one. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
