-- $1 tenant
-- $2 since
SELECT metric, sum(quantity)::bigint AS units
FROM usage_events
WHERE tenant_id = $1::text
  AND occurred_at >= $2::timestamptz
GROUP BY metric;
