-- $1 week_start
SELECT c.name AS "cafeName",
       c.billing_email AS "billingEmail",
       SUM(o.quantity * p.unit_price) AS "totalAmount"
FROM wholesale_orders o
JOIN cafes c ON c.id = o.cafe_id
JOIN products p ON p.id = o.product_id
WHERE o.delivered_on >= $1::date
  AND o.delivered_on < $1::date + 7
GROUP BY c.name, c.billing_email;
