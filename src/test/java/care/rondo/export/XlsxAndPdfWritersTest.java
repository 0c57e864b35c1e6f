package care.rondo.export;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxAndPdfWritersTest {

    private static final FileHeading CURRENT = FileHeading.titled("test");
    private static final FileHeading SUPERSEDED = new FileHeading("test",
            "SUPERSEDED: version 1 of 2027-W02, replaced by version 2", null);
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);
    private static final List<ExportRow> ROWS = List.of(
            Rows.visit(1, 1, MONDAY, LocalTime.of(8, 0), "Anna", "Mevrouw de Vries", false),
            Rows.visit(2, 1, MONDAY, LocalTime.of(9, 0), "Anna", "Jansen, \"Ome Piet\"", false),
            Rows.visit(3, 1, MONDAY, LocalTime.of(8, 30), "Bram", "Mevrouw Bakker", false),
            Rows.visit(4, 1, MONDAY.plusDays(1), LocalTime.of(8, 0), "Anna", "Mevrouw de Vries", false),
            Rows.visit(5, 1, MONDAY.plusDays(1), LocalTime.of(8, 0), null, "Meneer Visser", false));

    @Test
    void shouldWriteASheetPerDayThatPoiOpens() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(XlsxRosterWriter.write(ROWS.iterator(), XlsxRosterWriter.SheetPer.DAY, CURRENT, out)).isEqualTo(5);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet monday = workbook.getSheet("2027-01-11");
            assertThat(monday.getLastRowNum()).isEqualTo(3);
            assertThat(monday.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Date");
            assertThat(monday.getRow(2).getCell(7).getStringCellValue()).isEqualTo("Jansen, \"Ome Piet\"");
            assertThat(monday.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(30);
        }
    }

    @Test
    void shouldWriteASheetPerNurse() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxRosterWriter.write(ROWS.iterator(), XlsxRosterWriter.SheetPer.NURSE, CURRENT, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void shouldPrintAPagePerNurseDay() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Anna Monday, Bram Monday, Anna Tuesday; the unassigned visit gets no page
        assertThat(PdfDayListWriter.write(ROWS.iterator(), CURRENT, out)).isEqualTo(3);
        byte[] pdf = out.toByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(3);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Anna", "Mevrouw de Vries", "08:00");
        reader.close();
    }

    @Test
    void shouldWriteRealDateAndTimeCellsWithoutSeconds() throws Exception {
        ExportRow odd = Rows.changed(ROWS.get(0), "Anna",
                MONDAY.atTime(8, 0, 42).atZone(Rows.AMSTERDAM).toInstant(), false, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxRosterWriter.write(List.of(odd).iterator(), XlsxRosterWriter.SheetPer.DAY, CURRENT, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            org.apache.poi.ss.usermodel.Row row = workbook.getSheet("2027-01-11").getRow(1);
            XSSFCell date = (XSSFCell) row.getCell(0);
            XSSFCell start = (XSSFCell) row.getCell(1);
            XSSFCell end = (XSSFCell) row.getCell(2);
            for (Cell cell : List.of(date, start, end)) {
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
            }
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(MONDAY);
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            // 08:00:42 is shown and kept as 08:00
            assertThat(start.getLocalDateTimeCellValue().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
            assertThat(end.getLocalDateTimeCellValue().toLocalTime()).isEqualTo(LocalTime.of(8, 30));
            assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("hh:mm");
            assertThat(new DataFormatter().formatCellValue(start)).isEqualTo("08:00");
        }
    }

    @Test
    void shouldOpenASupersededWorkbookOnAWarning() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxRosterWriter.write(ROWS.iterator(), XlsxRosterWriter.SheetPer.DAY, SUPERSEDED, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("SUPERSEDED");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .startsWith("SUPERSEDED: version 1");
        }
    }

    @Test
    void shouldPrintNamesBeyondLatin1WithAnEmbeddedFont() throws Exception {
        List<String> names = List.of("Şükrü Yılmaz", "Zażółć Gęślą-Jaźń", "Łucja Wróbel-Żak");
        String arabic = "فاطمة الزهراء";
        List<ExportRow> rows = List.of(
                Rows.visit(1, 1, MONDAY, LocalTime.of(8, 0), "Anna", names.get(0), false),
                Rows.visit(2, 1, MONDAY, LocalTime.of(9, 0), "Anna", names.get(1), false),
                Rows.visit(3, 1, MONDAY, LocalTime.of(10, 0), "Anna", names.get(2), false),
                Rows.visit(4, 1, MONDAY, LocalTime.of(11, 0), "Anna", arabic, false),
                Rows.visit(5, 1, MONDAY, LocalTime.of(12, 0), "Anna", "王秀英", false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDayListWriter.write(rows.iterator(), SUPERSEDED, out);
        PdfReader reader = new PdfReader(out.toByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains(names).contains("SUPERSEDED: version 1").contains("12:00");
        // Arabic is shaped (presentation forms) and set right to left: compare letters, not code points or order
        String letters = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        for (String word : arabic.split(" ")) {
            assertThat(letters).satisfiesAnyOf(t -> assertThat(t).contains(word),
                    t -> assertThat(t).contains(new StringBuilder(word).reverse()));
        }
        // DejaVu Sans has no Chinese, Japanese or Korean characters (see the README): the row prints without them
        assertThat(text).doesNotContain("王");
    }

    @Test
    void shouldRoutePoiLoggingToJBossLogging() {
        // without a provider, log4j-api warns "could not find a logging implementation" on POI's first use
        assertThat(org.apache.logging.log4j.LogManager.getFactory().getClass().getName()).contains("jboss");
    }
}
