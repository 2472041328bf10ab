-- $1 month
SELECT id, name, email FROM accounts WHERE billed_month = $1::text;
