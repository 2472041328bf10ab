SELECT channel, count(*) AS orders, sum(total_cents) AS revenue_cents
FROM shop.orders
WHERE created_at >= date_trunc('day', now()) - interval '1 day'
  AND created_at < date_trunc('day', now())
GROUP BY channel
ORDER BY revenue_cents DESC;
