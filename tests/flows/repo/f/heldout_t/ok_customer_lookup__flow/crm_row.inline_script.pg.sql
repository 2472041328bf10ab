-- $1 customer_id
SELECT id, legal_name, email, country, account_manager
FROM crm.customers
WHERE id = $1::text
LIMIT 1;
