-- $1 region
-- $2 since = 2024-01-01
SELECT region, SUM(total) FROM invoices
WHERE region = $1::text AND issued_at >= $2::date
GROUP BY region;
