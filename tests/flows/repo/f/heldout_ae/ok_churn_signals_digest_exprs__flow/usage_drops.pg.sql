-- $1 week
SELECT a.id AS account_id, a.name, a.mrr, a.csm_email,
       (w.active_users::numeric / NULLIF(p.active_users, 0)) AS ratio
FROM weekly_usage w
JOIN weekly_usage p ON p.account_id = w.account_id AND p.week = to_char(to_date($1, 'IYYY-"W"IW') - 7, 'IYYY-"W"IW')
JOIN accounts a ON a.id = w.account_id
WHERE w.week = $1 AND w.active_users < p.active_users * 0.7;
