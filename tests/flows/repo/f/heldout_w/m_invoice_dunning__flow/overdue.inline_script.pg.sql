-- $1 min_days
SELECT i.id AS invoice_id,
       c.billing_email,
       i.total_cents - i.paid_cents AS amount_due,
       (now()::date - i.due_date) AS days_overdue
FROM invoices i
JOIN customers c ON c.id = i.customer_id
WHERE i.status = 'open'
  AND i.due_date < now()::date - $1::int
ORDER BY days_overdue DESC;
