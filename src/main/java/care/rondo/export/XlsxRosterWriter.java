package care.rondo.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * XLSX workbook of accepted visits with one sheet per day or per nurse. Streaming (SXSSF): only a window of
 * rows stays in memory, the rest is flushed to a temporary file that is deleted when done. Dates and times are
 * real date and time cells (a spreadsheet can sort, filter and compute with them), shown without seconds; a
 * replaced version opens on a sheet that says so.
 */
public final class XlsxRosterWriter {

    public enum SheetPer { DAY, NURSE }

    static final String SUPERSEDED_SHEET = "SUPERSEDED";
    private static final List<String> HEADER = List.of("Date", "Start", "End", "Minutes", "Status", "Nurse",
            "Partner nurse", "Client", "Address", "Team", "Client notes");
    private static final int DATE = 0;
    private static final int START = 1;
    private static final int END = 2;
    private static final int MINUTES = 3;

    private XlsxRosterWriter() {
    }

    /** The workbook's cell styles, made once: a workbook holds at most 64,000 of them. */
    private record Styles(CellStyle bold, CellStyle date, CellStyle time) {
        static Styles of(SXSSFWorkbook workbook) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));
            return new Styles(bold, date, time);
        }
    }

    /** Writes the workbook; returns the number of visit rows. Leaves the stream open. */
    public static long write(Iterator<ExportRow> rows, SheetPer sheetPer, FileHeading heading, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = Styles.of(workbook);
            if (heading.superseded()) {
                Sheet note = workbook.createSheet(SUPERSEDED_SHEET);
                Cell cell = note.createRow(0).createCell(0);
                cell.setCellValue(heading.supersededNote());
                cell.setCellStyle(styles.bold());
            }
            Map<String, Sheet> sheets = new HashMap<>();
            long count = 0;
            while (rows.hasNext()) {
                ExportRow row = rows.next();
                String name = sheetPer == SheetPer.DAY ? row.date().toString()
                        : row.nurseName() == null ? "Unassigned" : row.nurseName() + " " + row.nurseId();
                Sheet sheet = sheets.computeIfAbsent(WorkbookUtil.createSafeSheetName(name),
                        safe -> newSheet(workbook, safe, styles));
                fill(sheet.createRow(sheet.getLastRowNum() + 1), row, styles);
                count++;
            }
            if (sheets.isEmpty()) {
                newSheet(workbook, "No visits", styles);
            }
            workbook.write(out);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static Sheet newSheet(SXSSFWorkbook workbook, String name, Styles styles) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADER.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(HEADER.get(i));
            cell.setCellStyle(styles.bold());
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void fill(Row sheetRow, ExportRow row, Styles styles) {
        Cell date = sheetRow.createCell(DATE);
        date.setCellValue(row.date());
        date.setCellStyle(styles.date());
        time(sheetRow, START, row.localStart(), styles);
        time(sheetRow, END, row.localEnd(), styles);
        sheetRow.createCell(MINUTES).setCellValue(row.durationMinutes());
        String[] texts = {row.status().name(), row.nurseName(), row.partnerNurseName(), row.clientName(),
                row.address(), row.teamName(), row.clientNotes()};
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                sheetRow.createCell(MINUTES + 1 + i).setCellValue(texts[i]);
            }
        }
    }

    /** A time of day as Excel keeps it, a fraction of a day, to the minute: no seconds to show or to compare. */
    private static void time(Row sheetRow, int column, ZonedDateTime at, Styles styles) {
        if (at == null) {
            return;
        }
        LocalTime minute = at.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        Cell cell = sheetRow.createCell(column);
        cell.setCellValue(minute.toSecondOfDay() / 86_400.0);
        cell.setCellStyle(styles.time());
    }
}
