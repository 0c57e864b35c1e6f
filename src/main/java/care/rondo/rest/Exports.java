package care.rondo.rest;

import care.rondo.service.InvalidInputException;
import care.rondo.service.export.ExportFormat;
import care.rondo.service.export.ExportService;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.Arrays;
import java.util.List;

/** Turns a checked export plan into a streamed download with the right type and file name. */
final class Exports {
    static final String CSV = "text/csv; charset=UTF-8";
    static final String ICS = "text/calendar; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    private Exports() {
    }

    static Response download(ExportService service, ExportService.Plan plan) {
        return file(service, plan, "attachment").header("Cache-Control", "no-store").build();
    }

    /** The file streamed with one Content-Disposition ({@code attachment} to save, {@code inline} to show). */
    static Response.ResponseBuilder file(ExportService service, ExportService.Plan plan, String disposition) {
        StreamingOutput body = out -> service.write(plan, out);
        return Response.ok(body, mediaType(plan.format()))
                .header("Content-Disposition", disposition + "; filename=\"" + plan.fileName() + "\"");
    }

    static ExportService.Plan planRange(ExportService service, List<Long> teamIds, String from, String to,
                                        ExportFormat format) {
        return service.planTeams(teamIds, from == null ? null : Days.date("from", from),
                to == null ? null : Days.date("to", to), format);
    }

    static String mediaType(ExportFormat format) {
        return switch (format) {
            case CSV -> CSV;
            case ICS -> ICS;
            case XLSX_PER_DAY, XLSX_PER_NURSE -> XLSX;
            case PDF_DAY_LISTS -> PDF;
        };
    }

    static ExportFormat xlsx(String sheets) {
        if (sheets == null || sheets.equalsIgnoreCase("day")) {
            return ExportFormat.XLSX_PER_DAY;
        }
        if (sheets.equalsIgnoreCase("nurse")) {
            return ExportFormat.XLSX_PER_NURSE;
        }
        throw new InvalidInputException("sheets", "must be day or nurse");
    }

    static List<Long> teamIds(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("teamIds", "must list team ids, comma-separated");
        }
        try {
            return Arrays.stream(value.split(",")).map(String::trim).map(Long::valueOf).distinct().toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException("teamIds", "must list team ids, comma-separated");
        }
    }
}
