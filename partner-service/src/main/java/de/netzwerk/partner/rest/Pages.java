package de.netzwerk.partner.rest;

import de.netzwerk.partner.paging.Page;
import de.netzwerk.partner.paging.PageRequest;

import java.util.List;

/**
 * One page of a list that is small and bounded by nature (a group's members, a goal's actors, a sign-up's entries)
 * and so is read whole: it answers in the same envelope as every other list, so a client reads all lists alike and
 * follows the {@code Link} headers, and the default page of 20 holds all of it in the usual case.
 */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> of(List<T> all, PageRequest request) {
        long from = (long) request.page * request.size;
        List<T> items = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(from + request.size, all.size()));
        return Page.of(List.copyOf(items), request, all.size());
    }
}
