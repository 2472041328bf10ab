-- result_collection=last_statement_first_row
SELECT coalesce(sum(amount_due), 0) AS total, count(*) AS n
FROM invoices
WHERE status = 'open' AND due_on < now();
