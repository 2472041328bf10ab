-- $1 customer_id
-- $2 lat
-- $3 lng
-- $4 tz
UPDATE customers
SET lat = $2::float8, lng = $3::float8, time_zone = $4::text
WHERE id = $1::bigint;
