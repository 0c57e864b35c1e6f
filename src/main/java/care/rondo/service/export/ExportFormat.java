package care.rondo.service.export;

/** The files an export can be: each with the writer that produces it. */
public enum ExportFormat {
    CSV("csv"), ICS("ics"), XLSX_PER_DAY("xlsx"), XLSX_PER_NURSE("xlsx"), PDF_DAY_LISTS("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
