-- $1 ids
UPDATE users
SET deactivated_at = now(), deactivation_reason = 'inactive'
WHERE id = ANY($1::bigint[])
RETURNING id;
