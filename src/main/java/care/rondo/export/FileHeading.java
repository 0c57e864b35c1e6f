package care.rondo.export;

/**
 * What a file says about itself, beyond its rows.
 *
 * @param title          the file's name for people: a calendar's X-WR-CALNAME, the workbook's title
 * @param supersededNote set when the file shows an accepted version that a newer one replaced: the writers print
 *                       it where a reader cannot miss it; null for the current version
 * @param ownerNurseId   set for a nurse's personal calendar: her visits are events, visits that left her (cancelled,
 *                       unassigned, handed to a colleague) are cancelled events at her last planned time
 */
public record FileHeading(String title, String supersededNote, Long ownerNurseId) {

    public static FileHeading titled(String title) {
        return new FileHeading(title, null, null);
    }

    public boolean superseded() {
        return supersededNote != null;
    }
}
