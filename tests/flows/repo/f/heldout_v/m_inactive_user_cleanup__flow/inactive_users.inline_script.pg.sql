-- $1 idle_days
SELECT u.id, u.email, u.full_name, max(s.created_at) AS last_login
FROM users u
LEFT JOIN sessions s ON s.user_id = u.id
WHERE u.deactivated_at IS NULL
GROUP BY u.id, u.email, u.full_name
HAVING coalesce(max(s.created_at), u.created_at) < now() - make_interval(days => $1::int)
ORDER BY last_login NULLS FIRST
LIMIT 500;
