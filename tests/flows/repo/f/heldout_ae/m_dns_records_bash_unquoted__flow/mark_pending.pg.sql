-- $1 tenant_id
-- $2 domain
-- $3 token
UPDATE custom_domains
SET status = 'pending_verification', verification_token = $3, updated_at = now()
WHERE tenant_id = $1 AND domain = $2
RETURNING id, status;
