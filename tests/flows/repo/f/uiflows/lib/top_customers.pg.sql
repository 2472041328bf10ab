-- $1 min_total
-- $2 region = 'eu'
SELECT customer_id, sum(total) AS total
FROM orders
WHERE region = $2::text
GROUP BY customer_id
HAVING sum(total) >= $1::int
ORDER BY total DESC;
