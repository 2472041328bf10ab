-- $1 week_start
-- $2 week_end
-- $3 region
SELECT c.country_code, sum(o.amount_eur) AS revenue, count(*) AS orders
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.created_at >= $1::date
  AND o.created_at < $2::date + 1
  AND c.sales_region = '$3'
GROUP BY c.country_code
ORDER BY revenue DESC;
