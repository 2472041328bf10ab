-- $1 since
SELECT count(*) AS total
FROM accounts
WHERE created_at >= $1::date - interval '7 days' AND created_at < $1::date;
