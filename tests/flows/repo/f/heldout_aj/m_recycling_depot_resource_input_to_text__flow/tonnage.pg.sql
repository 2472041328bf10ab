-- $1 month
SELECT material, sum(net_kg)::float / 1000 AS tonnes, count(*)::int AS tickets
FROM weighbridge_tickets
WHERE to_char(weighed_at, 'YYYY-MM') = $1::text
GROUP BY material
ORDER BY material;
