-- ? warehouse_code (varchar)
SELECT s.shipment_id, s.carrier, s.weight_grams
FROM shipments s
WHERE s.warehouse_code = ? AND s.status = 'READY';
