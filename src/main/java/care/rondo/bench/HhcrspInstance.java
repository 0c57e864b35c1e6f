package care.rondo.bench;

import java.util.List;

/**
 * One HHCRSP instance in the iolab-uniud JSON format, kept as read: patients in matrix order (patient i is row
 * i + 1, the office row 0), times in the instance's own unit. Visits are addressed by (patient index, requirement
 * index) because the order of the two requirements of a patient carries the synchronisation direction.
 * {@code coordinates} (office first, then patients) are for display and nearby-move ranking only, never for
 * distances; null when a location is missing.
 */
public record HhcrspInstance(String name, List<Patient> patients, List<String> serviceIds,
        List<Caregiver> caregivers, double[][] distances, double[][] coordinates) {

    public record Patient(String id, double windowStart, double windowEnd, List<Requirement> required, Sync sync) {
    }

    public record Requirement(String service, double duration) {
    }

    /** Two-caregiver patients only; min/max are between service starts, second-listed minus first-listed. */
    public record Sync(boolean simultaneous, double min, double max) {
    }

    public record Caregiver(String id, List<String> abilities) {
        public boolean canDo(String service) {
            return abilities.contains(service);
        }
    }

    /** A demanded visit: requirement {@code req} of patient {@code patient} (both 0-based). */
    public record VisitRef(int patient, int req) {
    }

    public double travel(int fromPatientOrOffice, int toPatientOrOffice) {
        return distances[fromPatientOrOffice][toPatientOrOffice];
    }

    /** Matrix row of a patient index. */
    public static int row(int patient) {
        return patient + 1;
    }

    public int visitCount() {
        return patients.stream().mapToInt(p -> p.required().size()).sum();
    }

    /** Position of a patient id, or -1; linear, so callers on hot paths build their own map. */
    public int patientIndex(String patientId) {
        for (int i = 0; i < patients.size(); i++) {
            if (patients.get(i).id().equals(patientId)) {
                return i;
            }
        }
        return -1;
    }
}
