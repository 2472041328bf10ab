-- $1 venue_id
-- $2 show
-- $3 fee
-- $4 van
INSERT INTO touring_fees (venue_id, show, fee_gbp, van_reg, recorded_at)
VALUES ($1::text, $2::text, $3::numeric, $4::text, now())
RETURNING id;
