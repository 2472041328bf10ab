-- $1 zone
-- $2 hours
SELECT r.sensor_id, r.zone, r.celsius, r.taken_at
FROM readings r
WHERE r.zone = $1::text
  AND r.taken_at > now() - make_interval(hours => $2::int)
ORDER BY r.taken_at;
