-- $1 since_minutes = 15
SELECT p.sku, p.price_cents, p.currency
FROM prices p
WHERE p.updated_at > now() - make_interval(mins => $1::int)
ORDER BY p.updated_at;
