package care.rondo.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 4180 CSV (CRLF, double quotes doubled, UTF-8 without BOM) of accepted visits, one row per visit, written
 * as the rows arrive so that a region's month never sits in memory.
 */
public final class CsvRosterWriter {

    public static final List<String> COLUMNS = List.of("team_id", "team", "date", "start", "end",
            "duration_minutes", "status", "nurse", "partner_nurse", "client", "address", "latitude", "longitude",
            "visit_uid", "roster_version", "client_notes", "superseded");

    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private CsvRosterWriter() {
    }

    /**
     * Writes the header and every row; returns the number of rows. Leaves the stream open. A CSV has no place for
     * a note, so each row of a replaced version says so in its {@code superseded} column.
     */
    public static long write(Iterator<ExportRow> rows, FileHeading heading, OutputStream out) {
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(COLUMNS.toArray(String[]::new)).get());
            long count = 0;
            while (rows.hasNext()) {
                ExportRow row = rows.next();
                printer.printRecord(row.teamId(), row.teamName(), row.date(), format(row.localStart()),
                        format(row.localEnd()), row.durationMinutes(), row.status(), row.nurseName(),
                        row.partnerNurseName(), row.clientName(), row.address(), row.latitude(), row.longitude(),
                        row.uid(), row.rosterVersion(), row.clientNotes(), heading.superseded());
                count++;
            }
            printer.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(java.time.ZonedDateTime time) {
        return time == null ? null : time.toOffsetDateTime().format(OFFSET_TIME);
    }
}
