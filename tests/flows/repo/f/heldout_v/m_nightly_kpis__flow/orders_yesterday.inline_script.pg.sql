-- result_collection=last_statement_first_row_scalar
-- $1 day
SELECT count(*) AS count
FROM orders
WHERE created_at >= $1::date
  AND created_at < $1::date + interval '1 day'
  AND status <> 'cancelled';
