-- $1 schema_name
-- $2 max_age_hours (int)
SELECT table_name,
       max(loaded_at) AS last_load,
       extract(epoch FROM now() - max(loaded_at)) / 3600 AS age_hours
FROM meta.load_log
WHERE table_schema = $1
GROUP BY table_name
HAVING max(loaded_at) < now() - make_interval(hours => $2)
ORDER BY age_hours DESC;
