-- $1 ids
UPDATE billing.invoices
SET dunning_level = dunning_level + 1, last_dunned_at = now()
WHERE id = ANY($1::bigint[]);
