package de.netzwerk.partner.rest.problem;

import de.netzwerk.partner.language.RequestLanguage;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.service.RefusedFieldException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;

/** 422 naming the field whose value the service refused: see {@link RefusedFieldException}. */
public class RefusedFieldMapper {

    private final RequestLanguage language;

    RefusedFieldMapper(RequestLanguage language) {
        this.language = language;
    }

    @ServerExceptionMapper
    public Response refusedField(RefusedFieldException e, UriInfo uriInfo) {
        Locale locale = language.locale();
        return Problem.of(422, "value.refused", Text.of("value.refused", e.field()),
                List.of(Problem.FieldError.of(e.field(), e.rule(), locale)), locale).toResponse(uriInfo);
    }
}
