-- $1 customer_id
-- $2 since = '2024-01-01'
SELECT sum(total) AS total FROM orders WHERE customer_id = $1::text AND created_at >= $2::date;
