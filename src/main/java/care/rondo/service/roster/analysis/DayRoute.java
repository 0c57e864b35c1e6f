package care.rondo.service.roster.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A nurse's route of one day as a GeoJSON FeatureCollection (RFC 7946): one LineString per leg, from her start
 * address through her visits in riding order and back. Coordinates are [longitude, latitude], as GeoJSON has them.
 * Where a map is configured the legs follow the roads (the geometry of the same road network the travel times come
 * from); otherwise, or for a leg the map cannot route, a leg is the straight line between its ends.
 */
@Schema(name = "DayRoute", requiredProperties = {"type", "nurseId", "date", "travelMode", "source", "roadMap",
        "features"})
public record DayRoute(
        @Schema(enumeration = {"FeatureCollection"}) String type,
        long nurseId,
        @Schema(description = "the day, in the team's time zone") LocalDate date,
        @Schema(enumeration = {"WALK", "BIKE", "E_BIKE", "CAR"}) String travelMode,
        @Schema(enumeration = {"ROAD", "STRAIGHT_LINE"}, description = "ROAD: a map is configured and ready, its legs "
                + "follow the roads; STRAIGHT_LINE: no map (or it is still loading), every leg is a straight line")
        String source,
        @Schema(description = "true: source is ROAD, the legs follow the roads where the map reaches (the page draws "
                + "them); false: every leg is a straight line") boolean roadMap,
        @Schema(description = "the legs in riding order; empty when she has no visits that day") List<RouteLeg> features) {

    public static final String ROAD = "ROAD";
    public static final String STRAIGHT_LINE = "STRAIGHT_LINE";

    /** One leg as a GeoJSON Feature. */
    @Schema(name = "RouteLeg", requiredProperties = {"type", "geometry", "properties"})
    public record RouteLeg(@Schema(enumeration = {"Feature"}) String type, LineString geometry, LegProperties properties) {
    }

    /** A GeoJSON LineString: two or more [longitude, latitude] positions. */
    @Schema(name = "LineString", requiredProperties = {"type", "coordinates"})
    public record LineString(@Schema(enumeration = {"LineString"}) String type, List<List<Double>> coordinates) {
    }

    @Schema(name = "LegProperties", requiredProperties = {"fromVisitId", "toVisitId", "road", "travelSeconds"})
    public record LegProperties(
            @Schema(nullable = true, description = "null: the leg starts at her start address") Long fromVisitId,
            @Schema(nullable = true, description = "null: the leg ends at her start address") Long toVisitId,
            @Schema(description = "true: the line follows the roads; false: a straight line") boolean road,
            @Schema(description = "the ride in seconds: the map's time on a road leg, the straight-line estimate "
                    + "otherwise") long travelSeconds) {
    }
}
