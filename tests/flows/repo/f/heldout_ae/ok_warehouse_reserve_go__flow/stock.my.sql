-- ? warehouse (varchar)
-- ? skus (text)
SELECT sku, on_hand, allocated, on_hand - allocated AS free
FROM stock_levels
WHERE warehouse_code = ? AND FIND_IN_SET(sku, ?);
