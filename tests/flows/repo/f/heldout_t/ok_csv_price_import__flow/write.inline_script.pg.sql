-- $1 rows
INSERT INTO pricing.list_prices (sku, cents, currency, updated_at)
SELECT r.sku, r.cents, r.currency, now()
FROM jsonb_to_recordset($1::jsonb) AS r(sku text, cents int, currency text)
ON CONFLICT (sku, currency) DO UPDATE SET cents = EXCLUDED.cents, updated_at = now()
RETURNING sku;
