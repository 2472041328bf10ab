-- $1 hold_ids
UPDATE holds SET notified = true, notified_at = now() WHERE hold_id = ANY($1::bigint[]);
