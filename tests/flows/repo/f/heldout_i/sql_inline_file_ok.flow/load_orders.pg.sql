-- $1 status
-- $2 day_offset = 1
SELECT id, total FROM orders
WHERE status = $1::text
  AND created_at::date = current_date - $2::int;
