-- $1 sku
-- $2 qty
-- $3 warehouse
-- $4 line_no
UPDATE inventory.stock
SET reserved = reserved + $2::int
WHERE sku = $1::text AND warehouse = $3::text AND on_hand - reserved >= $2::int
RETURNING sku, $4::int AS line_no, on_hand - reserved AS available;
