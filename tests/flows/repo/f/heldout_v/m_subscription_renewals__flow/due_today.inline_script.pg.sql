-- $1 day
SELECT s.id AS subscription_id, s.plan, s.price_cents, c.mollie_customer_id
FROM subscriptions s
JOIN customers c ON c.id = s.customer_id
WHERE s.status = 'active'
  AND s.renews_on = $1::date
ORDER BY s.id;
