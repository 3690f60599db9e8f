package de.netzwerk.partner.language;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Hands the network the request's path names to {@link RequestLanguage}, and labels an answer that
 * has words with its language ({@code Content-Language}) and with {@code Vary: Accept-Language}, so that no cache
 * serves a German answer to an English caller.
 */
public class LanguageFilters {

    private final RequestLanguage language;

    LanguageFilters(RequestLanguage language) {
        this.language = language;
    }

    /** Before the security filters, whose refusals are answered in the network's language too. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void address(UriInfo uriInfo) {
        language.addressed(uriInfo);
    }

    @ServerResponseFilter
    public void label(ContainerResponseContext response) {
        if (language.spoken()) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.locale().toLanguageTag());
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
