-- @p1 min_days (int) = 5
SELECT sku, description, quantity, best_before
FROM dbo.stock
WHERE DATEDIFF(day, GETDATE(), best_before) >= @p1
  AND quantity > 0
ORDER BY best_before;
