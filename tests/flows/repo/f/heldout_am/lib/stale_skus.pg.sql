-- $1 warehouse_id
-- $2 days
SELECT sku, qty, bin, last_moved
FROM stock
WHERE warehouse_id = $1::int
  AND last_moved < now() - ($2::int * interval '1 day')
ORDER BY last_moved;
