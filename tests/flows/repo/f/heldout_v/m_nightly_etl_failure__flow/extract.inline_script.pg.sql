-- $1 day
SELECT anonymous_id, event_name, page_path, occurred_at
FROM clickstream.events
WHERE occurred_at >= $1::date AND occurred_at < $1::date + 1
ORDER BY anonymous_id, occurred_at;
