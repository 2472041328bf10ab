-- $1 site
SELECT f.tank_no, f.beer, f.gravity_sg, f.temp_c, f.updated_at
FROM fermenters f
WHERE f.site = $1::text AND f.active
ORDER BY f.tank_no;
