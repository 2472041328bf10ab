-- $1 week_start
SELECT id, customer_email, binding, page_count, damage
FROM restoration_requests
WHERE submitted_at >= $1::date
  AND submitted_at < $1::date + INTERVAL '7 days'
  AND quoted IS FALSE
ORDER BY submitted_at;
