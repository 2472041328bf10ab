-- $1 slug
-- $2 plan = free
INSERT INTO tenants (slug, plan) VALUES ($1::text, $2::text)
RETURNING id, slug, plan;
