-- $1 days_overdue
SELECT i.number, c.billing_email, i.amount_due, i.due_date
FROM invoices i
JOIN customers c ON c.id = i.customer_id
WHERE i.status = 'open'
  AND i.due_date < current_date - $1::int
  AND (i.last_reminder_at IS NULL OR i.last_reminder_at < now() - interval '7 days')
ORDER BY i.due_date;
