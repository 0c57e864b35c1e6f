-- Road travel times stored a row per origin and write (care.rondo.routing.TravelTimeCache) instead of a row per
-- ordered pair: a team's 100 x 100 matrix is 100 rows of two arrays to read, not 10,000 rows with their tuple
-- headers and index entries (measured: the pair-per-row read was only 7-13x faster than searching the map).
-- Rows are only ever inserted: a later solve that meets new places adds a row for each origin with the new
-- destinations; two parallel solves may store the same pair twice, with the same seconds.
-- seconds = -1: the map has no way between them within two hours (or a point is too far from a road).
create table road_travel_row (
    map_version varchar(200) not null,
    travel_mode varchar(16)  not null,
    from_point  bigint       not null,
    id          bigint generated always as identity,
    to_points   bigint[]     not null,
    seconds     integer[]    not null,
    primary key (map_version, travel_mode, from_point, id),
    check (cardinality(to_points) = cardinality(seconds)),
    check (-1 <= all (seconds))
);

insert into road_travel_row (map_version, travel_mode, from_point, to_points, seconds)
select map_version, travel_mode, from_point, array_agg(to_point order by to_point), array_agg(seconds order by to_point)
from road_travel_time
group by map_version, travel_mode, from_point;

drop table road_travel_time;
