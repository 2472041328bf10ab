-- $1 days_overdue
SELECT i.invoice_no, i.customer_id, c.billing_email, c.company, i.amount_cents, i.due_on
FROM invoices i
JOIN customers c ON c.customer_id = i.customer_id
WHERE i.status = 'open'
  AND i.due_on < current_date - $1::int
ORDER BY i.customer_id, i.due_on;
