-- result_collection=last_statement_first_row
-- $1 day
SELECT coalesce(sum(total_cents), 0) / 100.0 AS revenue,
       count(DISTINCT customer_id) AS buyers
FROM orders
WHERE created_at >= $1::date
  AND created_at < $1::date + interval '1 day'
  AND status = 'paid';
