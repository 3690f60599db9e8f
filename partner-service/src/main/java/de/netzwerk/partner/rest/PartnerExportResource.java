package de.netzwerk.partner.rest;

import de.netzwerk.partner.language.RequestLanguage;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.rest.problem.InvalidParameterException;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.service.ContactDataVisibility;
import de.netzwerk.partner.service.PartnerExport;
import de.netzwerk.partner.spreadsheet.Language;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;

@Path("/api/v1/networks/{networkId}/partners/export")
@Tag(name = "Partners")
public class PartnerExportResource {

    /** Tells spreadsheet programs the file is UTF-8; without it Excel reads umlauts as Windows-1252. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final PartnerExport exports;
    private final SecurityIdentity caller;
    private final RequestLanguage requestLanguage;

    PartnerExportResource(PartnerExport exports, SecurityIdentity caller, RequestLanguage requestLanguage) {
        this.exports = exports;
        this.caller = caller;
        this.requestLanguage = requestLanguage;
    }

    @GET
    @Produces(PartnerImportResource.CSV)
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(operationId = "partnerExport", summary = "Export the partner directory as a spreadsheet (CSV)",
            description = "UTF-8 with byte order mark, the columns and labels the import reads, so the file imported "
                    + "again changes nothing. German headings and ; by default (the network's language), English and , "
                    + "with headings=en or Accept-Language: en. Shows what the partner list shows the caller: members only "
                    + "partners who consented to be listed, integrations no email or phone of partners who left.")
    public Response export(@PathParam("networkId") String networkId,
            @Parameter(description = "de or en; default: Accept-Language, else the network's language", example = "de")
            @QueryParam("headings") String headings) {
        Language language = headings != null ? Language.of(headings) : null;
        if (headings != null && language == null) {
            throw new InvalidParameterException("headings", Text.of("language"));
        }
        if (language == null) {
            language = Language.of(requestLanguage.locale().getLanguage());
        }
        String csv = BYTE_ORDER_MARK + exports.csv(networkId, reader(), language);
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8))
                .type(PartnerImportResource.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"partner-" + networkId + ".csv\"")
                .build();
    }

    private ContactDataVisibility.Reader reader() {
        if (caller.hasRole(Roles.COORDINATOR)) {
            return ContactDataVisibility.Reader.COORDINATOR;
        }
        return caller.hasRole(Roles.MEMBER) ? ContactDataVisibility.Reader.MEMBER : ContactDataVisibility.Reader.INTEGRATION;
    }
}
