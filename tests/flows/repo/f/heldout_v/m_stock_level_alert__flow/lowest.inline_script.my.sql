-- result_collection=last_statement_first_row
-- ? family (varchar)
-- ? threshold (int)
SELECT sku, on_hand
FROM stock_levels
WHERE family = ? AND on_hand < ?
ORDER BY on_hand ASC
LIMIT 1;
