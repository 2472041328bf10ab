-- $1 email
-- $2 name
INSERT INTO contacts (email, name) VALUES ($1::text, $2::text)
ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name
RETURNING 'inserted' AS status;
