-- @season (string)
-- @min_units (int64)
SELECT p.sku, p.common_name, SUM(s.units) AS totalUnits
FROM `garden-centre.stock.levels` s
JOIN `garden-centre.stock.plants` p USING (sku)
WHERE p.season = @season
GROUP BY p.sku, p.common_name
HAVING SUM(s.units) < @min_units
ORDER BY totalUnits;
