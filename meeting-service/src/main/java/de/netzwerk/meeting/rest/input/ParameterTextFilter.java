package de.netzwerk.meeting.rest.input;

import de.netzwerk.meeting.language.RequestLanguage;
import de.netzwerk.meeting.language.Text;
import de.netzwerk.meeting.rest.problem.Problem;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses query and path parameters whose decoded text could not be stored or compared (NUL, unpaired
 * surrogates) with 400 naming the parameter, before any resource or query sees them.
 */
public class ParameterTextFilter {

    private final RequestLanguage language;

    ParameterTextFilter(RequestLanguage language) {
        this.language = language;
    }

    @ServerRequestFilter
    public Optional<Response> refuseUnstorableParameters(UriInfo uriInfo) {
        return firstProblem(uriInfo.getQueryParameters())
                .or(() -> firstProblem(uriInfo.getPathParameters()))
                .map(error -> Problem.invalid(List.of(error), language.locale()).toResponse(uriInfo));
    }

    private Optional<Problem.FieldError> firstProblem(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            Optional<Text> problem = InputRules.textProblem(parameter.getKey());
            for (String value : parameter.getValue()) {
                problem = problem.or(() -> InputRules.textProblem(value));
            }
            if (problem.isPresent()) {
                return Optional.of(Problem.FieldError.of(printable(parameter.getKey()), problem.get(), language.locale()));
            }
        }
        return Optional.empty();
    }

    private static String printable(String name) {
        return InputRules.textProblem(name).isPresent() ? "(parameter name)" : name;
    }
}
