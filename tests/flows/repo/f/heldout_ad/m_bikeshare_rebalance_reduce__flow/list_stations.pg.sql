-- $1 city
-- $2 min_capacity
SELECT s.station_id, s.name, s.capacity, s.lat, s.lng
FROM stations s
WHERE s.city = $1::text
  AND s.capacity >= $2::int
  AND s.active
ORDER BY s.station_id;
