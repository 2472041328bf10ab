-- $1 min_days
SELECT id, customer_email, amount_due, due_on
FROM invoices
WHERE status = 'open' AND due_on < now() - ($1::int * interval '1 day')
ORDER BY due_on;
