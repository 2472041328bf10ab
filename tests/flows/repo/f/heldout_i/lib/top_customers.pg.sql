-- $1 region
-- $2 max_rows = 25
SELECT customer_id, SUM(amount) AS revenue
FROM invoices
WHERE region = $1::text
GROUP BY customer_id
ORDER BY revenue DESC
LIMIT $2::int;
