package care.rondo.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Runs a Panache query for one page. */
public final class Pages {
    private Pages() {
    }

    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest request) {
        long total = query.count();
        var items = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size())).list();
        int totalPages = (int) ((total + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), total, totalPages);
    }
}
