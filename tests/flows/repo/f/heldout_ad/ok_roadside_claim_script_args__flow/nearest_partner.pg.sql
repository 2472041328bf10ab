-- $1 lat
-- $2 lng
-- $3 vehicle_class
-- result_collection=last_statement_first_row
SELECT p.partner_id, p.name, p.dispatch_phone,
       round((earth_distance(ll_to_earth($1::float8, $2::float8), ll_to_earth(p.lat, p.lng)) / 1000)::numeric, 1) AS km
FROM tow_partners p
WHERE $3::text = ANY(p.vehicle_classes) AND p.on_duty
ORDER BY earth_distance(ll_to_earth($1::float8, $2::float8), ll_to_earth(p.lat, p.lng))
LIMIT 1;
