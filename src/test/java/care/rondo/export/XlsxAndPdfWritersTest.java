package care.rondo.export;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
        assertThat(XlsxRosterWriter.write(ROWS.iterator(), XlsxRosterWriter.SheetPer.DAY, out)).isEqualTo(5);
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
        XlsxRosterWriter.write(ROWS.iterator(), XlsxRosterWriter.SheetPer.NURSE, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void shouldPrintAPagePerNurseDay() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Anna Monday, Bram Monday, Anna Tuesday; the unassigned visit gets no page
        assertThat(PdfDayListWriter.write(ROWS.iterator(), out)).isEqualTo(3);
        byte[] pdf = out.toByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(3);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Anna", "Mevrouw de Vries", "08:00");
        reader.close();
    }
}
