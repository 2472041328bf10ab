-- $1 rows
INSERT INTO products (sku, title, price_cents)
SELECT r.sku, r.title, r.price_cents
FROM jsonb_to_recordset($1::jsonb) AS r(sku text, title text, price_cents int)
ON CONFLICT (sku) DO UPDATE SET title = EXCLUDED.title, price_cents = EXCLUDED.price_cents;
