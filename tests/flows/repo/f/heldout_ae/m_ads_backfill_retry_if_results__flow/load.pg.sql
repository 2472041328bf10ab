-- $1 day (date)
-- $2 rows (jsonb)
INSERT INTO ads_spend_daily (day, campaign_id, cost)
SELECT $1::date, (r->>'campaign_id')::bigint, (r->>'cost')::numeric
FROM jsonb_array_elements($2::jsonb) AS r
ON CONFLICT (day, campaign_id) DO UPDATE SET cost = EXCLUDED.cost;
