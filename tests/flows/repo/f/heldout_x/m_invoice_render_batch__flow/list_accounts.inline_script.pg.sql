-- $1 period
SELECT a.account_id, a.legal_name, a.billing_email
FROM accounts a
JOIN invoices i ON i.account_id = a.account_id
WHERE i.period = $1::text AND i.status = 'draft';
