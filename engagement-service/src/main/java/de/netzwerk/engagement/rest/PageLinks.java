package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.paging.Page;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.List;

/**
 * Every page of a list names its neighbours in {@code Link} headers (RFC 8288: {@code first}, {@code prev},
 * {@code next}, {@code last}), so a client follows them instead of building URLs; the other query parameters (filters,
 * sort, size) are kept as sent. The links are absolute: behind the front door they name the front door.
 */
@Provider
public class PageLinks implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Page<?> page) || response.getStatus() != 200) {
            return;
        }
        UriBuilder uri = request.getUriInfo().getRequestUriBuilder();
        List<Object> links = new ArrayList<>();
        int last = Math.max(page.totalPages() - 1, 0);
        links.add(link(uri, 0, "first"));
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        response.getHeaders().addAll("Link", links);
    }

    private static Link link(UriBuilder uri, int page, String relation) {
        return Link.fromUri(uri.clone().replaceQueryParam("page", page).build()).rel(relation).build();
    }
}
