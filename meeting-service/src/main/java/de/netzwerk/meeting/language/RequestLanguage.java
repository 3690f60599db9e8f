package de.netzwerk.meeting.language;

import de.netzwerk.meeting.security.TokenClaims;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of this request's answer: the caller's {@code Accept-Language} if it names German or English, else
 * the language of the caller's network, else German. Chosen once, when an answer first needs words.
 */
@RequestScoped
public class RequestLanguage {

    static final String NETWORK_PARAMETER = "networkId";

    private final NetworkLanguage networks;
    private final CurrentIdentityAssociation identities;
    private final CurrentVertxRequest request;
    private String networkId;
    private Locale chosen;

    RequestLanguage(NetworkLanguage networks, CurrentIdentityAssociation identities, CurrentVertxRequest request) {
        this.networks = networks;
        this.identities = identities;
        this.request = request;
    }

    /** The network the request's path names, handed over by {@link LanguageFilters} once the path is matched. */
    void addressed(UriInfo uriInfo) {
        networkId = uriInfo.getPathParameters().getFirst(NETWORK_PARAMETER);
    }

    public Locale locale() {
        if (chosen == null) {
            chosen = Languages.preferred(acceptLanguage()).or(this::callersNetwork).orElse(Languages.DEFAULT);
        }
        return chosen;
    }

    /** Whether an answer was given words (and so depends on the language). */
    boolean spoken() {
        return chosen != null;
    }

    /** None outside an HTTP request (a Kafka consumer's validation, say): those texts are German. */
    private String acceptLanguage() {
        RoutingContext current = request.getCurrent();
        return current == null ? null : current.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    }

    /**
     * The network's language only for a caller whose token names that network: anyone else would learn from the
     * language that the network exists. Answers given before a worker thread took the request (a refused token, a
     * rate limit) fall back to German: the network's language is read from the database, which the I/O thread never
     * waits for.
     */
    private Optional<Locale> callersNetwork() {
        if (networkId == null || !BlockingOperationControl.isBlockingAllowed()) {
            return Optional.empty();
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity.isAnonymous() || !TokenClaims.networks(identity.getPrincipal()).contains(networkId)) {
            return Optional.empty();
        }
        return networks.of(networkId);
    }
}
