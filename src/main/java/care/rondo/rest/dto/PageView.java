package care.rondo.rest.dto;

import care.rondo.service.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code totalItems} and {@code totalPages} let a client page through. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.page(), page.size(),
                page.totalItems(), page.totalPages());
    }
}
