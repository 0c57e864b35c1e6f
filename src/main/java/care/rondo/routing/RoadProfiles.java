package care.rondo.routing;

import care.rondo.planning.PlanningTravelMode;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static com.graphhopper.json.Statement.Op.LIMIT;
import static com.graphhopper.json.Statement.Op.MULTIPLY;

/**
 * One GraphHopper profile per travel mode, as custom models over OpenStreetMap's access and speed tags (the models
 * GraphHopper ships, without elevation or country data, which an offline extract does not carry). An e-bike rides
 * the bicycle network a third faster, capped at the 25 km/h of a pedelec.
 */
final class RoadProfiles {

    /** Part of the map version: change it when a model below changes, so cached travel times are not reused. */
    static final String VERSION = "profiles-1";

    static final String ENCODED_VALUES = "car_access, car_average_speed, bike_access, bike_priority, "
            + "bike_average_speed, foot_access, foot_priority, foot_average_speed, roundabout";

    private RoadProfiles() {
    }

    static String name(PlanningTravelMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    static List<Profile> all() {
        return Arrays.stream(PlanningTravelMode.values()).map(m -> new Profile(name(m)).setCustomModel(model(m))).toList();
    }

    static CustomModel model(PlanningTravelMode mode) {
        return switch (mode) {
            case CAR -> new CustomModel().setDistanceInfluence(90d)
                    .addToPriority(Statement.If("!car_access", MULTIPLY, "0"))
                    .addToSpeed(Statement.If("true", LIMIT, "car_average_speed"));
            case BIKE -> bike(new CustomModel());
            case E_BIKE -> bike(new CustomModel())
                    .addToSpeed(Statement.If("true", MULTIPLY, "1.35"))
                    .addToSpeed(Statement.If("true", LIMIT, "25"));
            case WALK -> new CustomModel()
                    .addToPriority(Statement.If("!foot_access", MULTIPLY, "0"))
                    .addToPriority(Statement.Else(MULTIPLY, "foot_priority"))
                    .addToSpeed(Statement.If("true", LIMIT, "foot_average_speed"));
        };
    }

    /** GraphHopper's bike model: one-way streets may be walked against at 6 km/h, never ridden. */
    private static CustomModel bike(CustomModel model) {
        return model
                .addToPriority(Statement.If("true", MULTIPLY, "bike_priority"))
                .addToPriority(Statement.If("!bike_access && (!backward_bike_access || roundabout)", MULTIPLY, "0"))
                .addToPriority(Statement.ElseIf("!bike_access && backward_bike_access", MULTIPLY, "0.2"))
                .addToSpeed(Statement.If("true", LIMIT, "bike_average_speed"))
                .addToSpeed(Statement.If("!bike_access && backward_bike_access", LIMIT, "6"));
    }
}
