-- $1 schema_name
SELECT count(*) AS total, count(*) FILTER (WHERE status = 'failed') AS failed
FROM meta.load_log
WHERE table_schema = $1 AND loaded_at > now() - interval '1 day';
