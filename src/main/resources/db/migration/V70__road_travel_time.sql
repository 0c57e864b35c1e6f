-- Road-network travel times (care.rondo.routing), cached per map version, travel mode and ordered pair of
-- points, so that a re-plan or the next week of a team with known addresses needs no route search.
-- Points are micro-degrees of latitude and longitude packed into one bigint (RoadNetwork.Point.key()).
-- seconds = -1: the map has no way between them within two hours (or a point is too far from a road): stored
-- too, so that an unreachable address is not searched again; readiness reports it.
create table road_travel_time (
    map_version varchar(200) not null,
    travel_mode varchar(16)  not null,
    from_point  bigint       not null,
    to_point    bigint       not null,
    seconds     integer      not null check (seconds >= -1),
    primary key (map_version, travel_mode, from_point, to_point)
);
