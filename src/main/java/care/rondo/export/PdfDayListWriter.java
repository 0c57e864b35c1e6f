package care.rondo.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * <p>
 * Names are printed in DejaVu Sans, embedded as a subset (the PDF standard fonts only know WinAnsi: "Şükrü
 * Yılmaz" came out as "ükrü Ylmaz"). It covers Latin with every European diacritic, Greek, Cyrillic, Hebrew and
 * Arabic script (shaped and laid out right to left by the cell's bidi run); it has no Chinese, Japanese or Korean
 * characters, which are left out of the page (the CSV and XLSX keep them).
 */
public final class PdfDayListWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final BaseFont REGULAR = font("DejaVuSans.ttf");
    private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");

    private PdfDayListWriter() {
    }

    /** Reads a font shipped with the code once; Identity-H so that every character of the font can be used. */
    private static BaseFont font(String file) {
        try (InputStream in = PdfDayListWriter.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the build");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the document; returns the number of pages (nurse-days). Closes nothing but its own document. */
    public static int write(Iterator<ExportRow> rows, FileHeading heading, OutputStream out) {
        Fonts fonts = new Fonts(new Font(BOLD, 14), new Font(REGULAR, 9), new Font(BOLD, 9));
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
                line(document, "No planned visits", fonts.title());
                superseded(document, heading, fonts);
            }
            boolean first = true;
            for (List<ExportRow> visits : pages.values()) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                page(document, visits, heading, fonts);
            }
            document.close();
            return Math.max(1, pages.size());
        } catch (DocumentException e) {
            throw new IllegalStateException("The day list could not be laid out", e);
        }
    }

    private record Fonts(Font title, Font body, Font head) {
    }

    private static void page(Document document, List<ExportRow> visits, FileHeading heading, Fonts fonts)
            throws DocumentException {
        ExportRow firstVisit = visits.get(0);
        line(document, firstVisit.nurseName() + " - " + firstVisit.date().format(DAY), fonts.title());
        String count = visits.size() == 1 ? "1 visit" : visits.size() + " visits";
        line(document, firstVisit.teamName() + ", " + count, fonts.body());
        superseded(document, heading, fonts);
        PdfPTable table = new PdfPTable(new float[]{9, 9, 22, 30, 14, 16});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        for (String title : List.of("Start", "End", "Client", "Address", "With", "Notes")) {
            table.addCell(cell(title, fonts.head()));
        }
        for (ExportRow visit : visits) {
            table.addCell(cell(visit.localStart().format(HOURS), fonts.body()));
            table.addCell(cell(visit.localEnd().format(HOURS), fonts.body()));
            table.addCell(cell(visit.clientName(), fonts.body()));
            table.addCell(cell(visit.address(), fonts.body()));
            table.addCell(cell(visit.partnerNurseName(), fonts.body()));
            table.addCell(cell(visit.clientNotes(), fonts.body()));
        }
        document.add(table);
    }

    /** A replaced version says so on every page: a printed page outlives the screen that showed the warning. */
    private static void superseded(Document document, FileHeading heading, Fonts fonts) throws DocumentException {
        if (heading.superseded()) {
            line(document, heading.supersededNote(), fonts.title());
        }
    }

    /** A line of text as a borderless one-cell table: only table cells lay out right-to-left script. */
    private static void line(Document document, String text, Font font) throws DocumentException {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        PdfPCell cell = cell(text, font);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(4);
        table.addCell(cell);
        document.add(table);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        // a bidi run: Arabic script is shaped and set right to left inside an otherwise left-to-right page
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        return cell;
    }
}
