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
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * XLSX workbook of accepted visits with one sheet per day or per nurse. Streaming (SXSSF): only a window of
 * rows stays in memory, the rest is flushed to a temporary file that is deleted when done.
 */
public final class XlsxRosterWriter {

    public enum SheetPer { DAY, NURSE }

    private static final List<String> HEADER = List.of("Date", "Start", "End", "Minutes", "Status", "Nurse",
            "Partner nurse", "Client", "Address", "Team", "Client notes");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private XlsxRosterWriter() {
    }

    /** Writes the workbook; returns the number of visit rows. Leaves the stream open. */
    public static long write(Iterator<ExportRow> rows, SheetPer sheetPer, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Map<String, Sheet> sheets = new HashMap<>();
            long count = 0;
            while (rows.hasNext()) {
                ExportRow row = rows.next();
                String name = sheetPer == SheetPer.DAY ? row.date().toString()
                        : row.nurseName() == null ? "Unassigned" : row.nurseName() + " " + row.nurseId();
                Sheet sheet = sheets.computeIfAbsent(WorkbookUtil.createSafeSheetName(name),
                        safe -> newSheet(workbook, safe, bold));
                fill(sheet.createRow(sheet.getLastRowNum() + 1), row);
                count++;
            }
            if (sheets.isEmpty()) {
                newSheet(workbook, "No visits", bold);
            }
            workbook.write(out);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static Sheet newSheet(SXSSFWorkbook workbook, String name, CellStyle bold) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADER.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(HEADER.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void fill(Row sheetRow, ExportRow row) {
        String[] values = {row.date().toString(),
                row.localStart() == null ? "" : row.localStart().format(HOURS),
                row.localEnd() == null ? "" : row.localEnd().format(HOURS),
                null, row.status().name(), row.nurseName(), row.partnerNurseName(), row.clientName(), row.address(),
                row.teamName(), row.clientNotes()};
        for (int i = 0; i < values.length; i++) {
            if (i == 3) {
                sheetRow.createCell(i).setCellValue(row.durationMinutes());
            } else if (values[i] != null) {
                sheetRow.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
