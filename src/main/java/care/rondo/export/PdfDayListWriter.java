package care.rondo.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A printable day list: one A4 page per nurse and day with her visits in order. Rows must arrive ordered by
 * date, then nurse, then start (the export query's order); unassigned visits get no page.
 */
public final class PdfDayListWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private PdfDayListWriter() {
    }

    /** Writes the document; returns the number of pages (nurse-days). Closes nothing but its own document. */
    public static int write(Iterator<ExportRow> rows, OutputStream out) {
        Map<String, List<ExportRow>> pages = new LinkedHashMap<>();
        while (rows.hasNext()) {
            ExportRow row = rows.next();
            if (row.status() == ExportRow.Status.PLANNED) {
                pages.computeIfAbsent(row.date() + "/" + row.nurseId(), k -> new ArrayList<>()).add(row);
            }
        }
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.open();
            if (pages.isEmpty()) {
                document.add(new Paragraph("No planned visits", TITLE));
            }
            boolean first = true;
            for (List<ExportRow> visits : pages.values()) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                page(document, visits);
            }
            document.close();
            return Math.max(1, pages.size());
        } catch (DocumentException e) {
            throw new IllegalStateException("The day list could not be laid out", e);
        }
    }

    private static void page(Document document, List<ExportRow> visits) throws DocumentException {
        ExportRow firstVisit = visits.get(0);
        document.add(new Paragraph(firstVisit.nurseName() + " - " + firstVisit.date().format(DAY), TITLE));
        String count = visits.size() == 1 ? "1 visit" : visits.size() + " visits";
        document.add(new Paragraph(firstVisit.teamName() + ", " + count, BODY));
        PdfPTable table = new PdfPTable(new float[]{9, 9, 22, 30, 14, 16});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        for (String title : List.of("Start", "End", "Client", "Address", "With", "Notes")) {
            table.addCell(new PdfPCell(new Phrase(title, HEAD)));
        }
        for (ExportRow visit : visits) {
            cell(table, visit.localStart().format(HOURS));
            cell(table, visit.localEnd().format(HOURS));
            cell(table, visit.clientName());
            cell(table, visit.address());
            cell(table, visit.partnerNurseName());
            cell(table, visit.clientNotes());
        }
        document.add(table);
    }

    private static void cell(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, BODY));
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(cell);
    }
}
