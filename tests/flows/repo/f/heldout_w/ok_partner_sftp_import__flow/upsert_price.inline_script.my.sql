-- ? sku (varchar)
-- ? price (float)
-- ? valid_from (date)
INSERT INTO supplier_prices (sku, price, valid_from)
VALUES (?, ?, ?)
ON DUPLICATE KEY UPDATE price = VALUES(price), valid_from = VALUES(valid_from);
