package care.rondo.routing;

import care.rondo.domain.Nurse;
import care.rondo.domain.TravelMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Moves a fixture nurse's start address onto the map and sets how she travels. */
@ApplicationScoped
public class MapTeams {

    @Transactional
    public void startAt(long nurseId, RoadNetwork.Point home, TravelMode mode) {
        Nurse nurse = Nurse.findById(nurseId);
        nurse.startLatitude = home.latitude();
        nurse.startLongitude = home.longitude();
        nurse.travelMode = mode;
    }
}
