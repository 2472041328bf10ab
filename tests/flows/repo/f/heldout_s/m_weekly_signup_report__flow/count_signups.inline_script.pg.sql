-- $1 since
SELECT plan, count(*) AS signups
FROM accounts
WHERE created_at >= $1::date AND created_at < $1::date + interval '7 days'
GROUP BY plan
ORDER BY signups DESC;
