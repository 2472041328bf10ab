-- $1 days_overdue
-- $2 region
SELECT id, customer_email, amount_cents, due_date
FROM invoices
WHERE paid_at IS NULL
  AND due_date < now() - ($1::int * interval '1 day')
  AND region = $2::text
ORDER BY due_date;
