-- $1 customer_id
-- $2 grace_days
SELECT id, number, amount_cents, due_date, dunning_level AS level
FROM billing.invoices
WHERE customer_id = $1::text
  AND status = 'open'
  AND due_date < now() - make_interval(days => $2::int)
ORDER BY due_date;
