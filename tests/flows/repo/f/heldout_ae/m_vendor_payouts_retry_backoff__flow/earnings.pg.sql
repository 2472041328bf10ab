-- $1 week_start (date)
-- $2 currency
-- $3 min_amount (numeric)
SELECT vendor_id, SUM(net_amount) AS amount
FROM order_lines
WHERE settled_at >= $1::date AND settled_at < $1::date + 7 AND currency = $2
GROUP BY vendor_id
HAVING SUM(net_amount) >= $3
ORDER BY vendor_id;
