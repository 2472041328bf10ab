-- ? customer_id (int)
SELECT o.id, o.total_eur, o.paid_at
FROM orders o
WHERE o.customer_id = ?
  AND o.paid_at >= NOW() - INTERVAL 1 YEAR
ORDER BY o.paid_at DESC;
