package de.netzwerk.partner.rest.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.partner.language.Languages;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.rest.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses a body longer than allowed with 413 as problem+json, before it is read. Quarkus refuses a body longer than
 * {@code quarkus.http.limits.max-body-size} on its own too, but with an empty response that a client cannot explain.
 * <p>
 * Every body is limited to {@code netzwerk.http.max-body-size} (default: {@code quarkus.http.limits.max-body-size}),
 * except on the paths {@code netzwerk.http.large-body-paths} matches (a regular expression; none by default), which
 * may send up to {@code quarkus.http.limits.max-body-size} — e.g. a spreadsheet upload. A body sent without a length
 * (chunked) is held to the same limit while it is read.
 */
@ApplicationScoped
public class RequestSizeLimit {

    private final long maxBodyBytes;
    private final long largeBodyBytes;
    private final Optional<Pattern> largeBodyPaths;
    private final ObjectMapper json;

    RequestSizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize serverLimit,
            @ConfigProperty(name = "netzwerk.http.max-body-size") Optional<MemorySize> maxBodySize,
            @ConfigProperty(name = "netzwerk.http.large-body-paths") Optional<Pattern> largeBodyPaths,
            ObjectMapper json) {
        this.largeBodyBytes = serverLimit.asLongValue();
        this.maxBodyBytes = Math.min(maxBodySize.orElse(serverLimit).asLongValue(), largeBodyBytes);
        this.largeBodyPaths = largeBodyPaths;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBody);
        // Quarkus's own limit handler marks a body without a length with the server's limit; this lowers it again.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::limitUnsizedBody);
    }

    private void refuseOversizedBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = limitFor(context);
        if (length == null || !isLongerThan(length, limit)) {
            context.next();
            return;
        }
        // Before Quarkus REST: no request scope yet, so the language comes from the header alone.
        Locale language = Languages.preferred(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)).orElse(Languages.DEFAULT);
        Problem problem = Problem.of(413, Text.of("request.too-large", limit / 1024), null, language)
                .at(context.request().path());
        try {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                    .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(413, e);
        }
    }

    private void limitUnsizedBody(RoutingContext context) {
        if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limitFor(context));
        }
        context.next();
    }

    private long limitFor(RoutingContext context) {
        boolean large = largeBodyPaths.map(paths -> paths.matcher(context.request().path()).matches()).orElse(false);
        return large ? largeBodyBytes : maxBodyBytes;
    }

    private static boolean isLongerThan(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
