package care.rondo.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRosterWriterTest {

    @Test
    void shouldRoundTripNamesWithCommasQuotesAndNewlines() throws Exception {
        String name = "Jansen, \"Ome Piet\"";
        ExportRow row = Rows.visit(5, 2, LocalDate.of(2027, 3, 28), LocalTime.of(8, 0), "Anna", name, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count = CsvRosterWriter.write(List.of(row, Rows.visit(6, 1, LocalDate.of(2027, 3, 28),
                LocalTime.of(9, 0), null, "Zoë\nTwo lines", true)).iterator(), FileHeading.titled("test"), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(count).isEqualTo(2);
        assertThat(text).startsWith(String.join(",", CsvRosterWriter.COLUMNS) + "\r\n");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(parser.getHeaderNames()).isEqualTo(CsvRosterWriter.COLUMNS);
            assertThat(records).hasSize(2);
            assertThat(records.get(0).get("client")).isEqualTo(name);
            assertThat(records.get(0).get("start")).isEqualTo("2027-03-28T08:00:00+02:00");
            assertThat(records.get(0).get("visit_uid")).isEqualTo("visit-5@rondo.care");
            assertThat(records.get(0).get("roster_version")).isEqualTo("2");
            assertThat(records.get(1).get("client")).isEqualTo("Zoë\nTwo lines");
            assertThat(records.get(1).get("status")).isEqualTo("CANCELLED");
        }
    }
}
