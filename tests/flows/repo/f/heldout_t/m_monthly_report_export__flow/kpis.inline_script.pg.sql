-- $1 month
SELECT date_trunc('day', created_at)::date AS day,
       count(*) FILTER (WHERE kind = 'signup') AS signups,
       count(*) FILTER (WHERE kind = 'upgrade') AS upgrades,
       sum(amount_cents) FILTER (WHERE kind = 'payment') / 100.0 AS revenue
FROM analytics.events
WHERE created_at >= $1::date AND created_at < ($1::date + interval '1 month')
GROUP BY 1
ORDER BY 1;
