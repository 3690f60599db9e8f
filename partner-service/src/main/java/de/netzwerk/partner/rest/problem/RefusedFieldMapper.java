package de.netzwerk.partner.rest.problem;

import de.netzwerk.partner.service.RefusedFieldException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** 422 naming the field whose value the service refused: see {@link RefusedFieldException}. */
public class RefusedFieldMapper {

    @ServerExceptionMapper
    public Response refusedField(RefusedFieldException e, UriInfo uriInfo) {
        return new Problem("about:blank", "Unprocessable Content", 422, "Refused value in: " + e.field() + ".", null,
                List.of(new Problem.FieldError(e.field(), e.getMessage()))).toResponse(uriInfo);
    }
}
