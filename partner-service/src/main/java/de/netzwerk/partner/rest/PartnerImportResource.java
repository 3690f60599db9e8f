package de.netzwerk.partner.rest;

import de.netzwerk.partner.language.RequestLanguage;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.rest.dto.ImportProblem;
import de.netzwerk.partner.rest.dto.ImportReportResponse;
import de.netzwerk.partner.rest.problem.InvalidParameterException;
import de.netzwerk.partner.rest.problem.Problem;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.service.ImportRefusedException;
import de.netzwerk.partner.service.ImportReport;
import de.netzwerk.partner.service.PartnerImport;
import de.netzwerk.partner.spreadsheet.CsvText;
import de.netzwerk.partner.spreadsheet.Language;
import de.netzwerk.partner.spreadsheet.SpreadsheetException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.nio.charset.Charset;
import java.util.Optional;

@Path("/api/v1/networks/{networkId}/partners/import")
@Tag(name = "Partners")
public class PartnerImportResource {

    static final String CSV = "text/csv";

    private final PartnerImport imports;
    private final SecurityIdentity caller;
    private final RequestLanguage language;

    PartnerImportResource(PartnerImport imports, SecurityIdentity caller, RequestLanguage language) {
        this.imports = imports;
        this.caller = caller;
        this.language = language;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "partnerImport", summary = "Import partners from a spreadsheet (CSV)",
            description = "The file as a spreadsheet saves it: UTF-8 (with or without byte order mark) or Windows-1252 "
                    + "(the charset parameter is honoured, else detected), cells separated by ; or , (detected from the "
                    + "heading line), headings in German or English (Externe ID/External ID, Name, Art/Kind, Sektor/Sector, "
                    + "Status, E-Mail/Email, Telefon/Phone, Fachgebiete/Expertise, Interessen/Interests, Angebote/Offers, "
                    + "Kontakt erlaubt/Contact consent, Im Verzeichnis/Listed, Bleibt gelistet/Stays listed; Name, Art and "
                    + "Sektor are required). A row is matched to a partner by External ID, else by email (any case), and "
                    + "updates them; otherwise it creates one. A dry run (the default) reports per row CREATED, UPDATED, "
                    + "UNCHANGED or REFUSED with the column and reason. commit=true stores every row or, if any is refused, "
                    + "none (422 with the same report). Up to 16 MiB; publishes partner-registered, partner-updated and "
                    + "partner-left as the single calls do.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            example = "Name;Art;Sektor;E-Mail;Fachgebiete\nBlickwinkel e.V.;Organisation;Selbstvertretung;kontakt@blickwinkel-ev.de;\"Leichte Sprache, Barrierefreiheit\""))
    @APIResponse(responseCode = "200", description = "What the import did, or would do, row by row")
    @APIResponse(responseCode = "422", description = "Committed with refused rows: nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class)))
    public ImportReportResponse importPartners(@PathParam("networkId") String networkId,
            @Parameter(description = "true stores the rows; false (default) only reports what they would do", example = "false")
            @QueryParam("commit") String commit,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        if (bytes.length > 0) {
            requireCsv(contentType);
        }
        CsvText file = CsvText.decode(bytes, bytes.length > 0 ? declaredCharset(contentType) : Optional.empty());
        return ImportReportResponse.of(imports.run(networkId, file, commit(commit), caller.getPrincipal().getName()));
    }

    @ServerExceptionMapper
    public Response refusedRows(ImportRefusedException e, UriInfo uriInfo) {
        String detail = german()
                ? "%d von %d Zeilen sind abgelehnt; nichts wurde importiert.".formatted(e.report().totals().refused(), e.report().totals().rows())
                : e.getMessage();
        return problem(422, detail, "ROWS_REFUSED", e.report(), uriInfo);
    }

    @ServerExceptionMapper
    public Response unreadableFile(SpreadsheetException e, UriInfo uriInfo) {
        return problem(400, german() ? e.german() : e.english(), e.code(), null, uriInfo);
    }

    /** The spreadsheet's problems come in German and English; the request's language picks one. */
    private boolean german() {
        return Language.of(language.locale().getLanguage()) == Language.DE;
    }

    private Response problem(int status, String detail, String code, ImportReport report, UriInfo uriInfo) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new ImportProblem("about:blank", Problem.title(status, language.locale()), status, detail,
                        uriInfo.getRequestUri().getRawPath(), code, report == null ? null : ImportReportResponse.of(report)))
                .build();
    }

    private static boolean commit(String commit) {
        if (commit == null || commit.equals("false")) {
            return false;
        }
        if (commit.equals("true")) {
            return true;
        }
        throw new InvalidParameterException("commit", Text.of("true-or-false"));
    }

    /**
     * 415 for a body that is not CSV. Checked here rather than by {@code @Consumes}, which would answer before the
     * caller's token and network are checked. No body at all is an empty file, whatever a client names as its type.
     */
    private static void requireCsv(String contentType) {
        if (contentType == null) {
            return;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw new NotSupportedException();
        }
        if (!MediaType.valueOf(CSV).isCompatible(type) || type.isWildcardType() || type.isWildcardSubtype()) {
            throw new NotSupportedException();
        }
    }

    /** The charset the Content-Type names, if it names one; 415 for one a spreadsheet is not accepted in. */
    private static Optional<Charset> declaredCharset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String charset;
        try {
            charset = MediaType.valueOf(contentType).getParameters().get("charset");
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (charset == null) {
            return Optional.empty();
        }
        return Optional.of(CsvText.accepted(charset).orElseThrow(() -> new NotSupportedException()));
    }
}
