-- $1 quotes
INSERT INTO quotes (request_id, amount)
SELECT (q->>'request_id')::int, (q->>'amount')::numeric
FROM jsonb_array_elements($1::jsonb) AS q;
UPDATE restoration_requests SET quoted = TRUE
WHERE id IN (SELECT (q->>'request_id')::int FROM jsonb_array_elements($1::jsonb) AS q);
