INSERT INTO facts.order_lines (order_id, sku, quantity, unit_price)
SELECT order_id::bigint, sku, quantity::int, unit_price::numeric
FROM staging.order_lines
ON CONFLICT (order_id, sku) DO UPDATE
SET quantity = excluded.quantity, unit_price = excluded.unit_price;
