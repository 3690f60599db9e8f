package de.netzwerk.partner.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.netzwerk.partner.rest.dto.ExportResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A finished export as a ZIP archive (GDPR Art. 20, data portability): one JSON file per service, as the service sent
 * its part, and {@code export.json} with the export's ids, status and times. A part that did not arrive has no file.
 */
final class ExportArchive {

    static final String MEDIA_TYPE = "application/zip";

    private ExportArchive() {
    }

    static byte[] of(ExportResponse export, ObjectMapper json) {
        ExportResponse.Document document = export.document();
        Map<String, JsonNode> files = new LinkedHashMap<>();
        files.put("export.json", summary(export, json));
        files.put("partner-service.json", document.partner());
        files.put("meeting-service.json", document.meetingService());
        files.put("task-service.json", document.taskService());
        files.put("engagement-service.json", document.engagementService());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, JsonNode> file : files.entrySet()) {
                if (file.getValue() != null) {
                    zip.putNextEntry(new ZipEntry(file.getKey()));
                    zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file.getValue()));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The file name a browser saves the archive under. */
    static String fileName(ExportResponse export) {
        return "personal-data-" + export.partnerId() + "-" + export.id() + ".zip";
    }

    private static JsonNode summary(ExportResponse export, ObjectMapper json) {
        ObjectNode summary = json.valueToTree(export);
        summary.remove("document");
        return summary;
    }
}
