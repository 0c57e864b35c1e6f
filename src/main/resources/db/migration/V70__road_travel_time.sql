-- Road-network travel times (care.rondo.routing), cached per map version, travel mode and ordered pair of
-- points, so that a re-plan or the next week of a team with known addresses needs no route search.
-- Points are micro-degrees of latitude and longitude packed into one bigint (RoadNetwork.Point.key()).
-- Pairs the map cannot connect are not stored: readiness reports them instead.
create table road_travel_time (
    map_version varchar(200) not null,
    travel_mode varchar(16)  not null,
    from_point  bigint       not null,
    to_point    bigint       not null,
    seconds     integer      not null check (seconds >= 0),
    primary key (map_version, travel_mode, from_point, to_point)
);
