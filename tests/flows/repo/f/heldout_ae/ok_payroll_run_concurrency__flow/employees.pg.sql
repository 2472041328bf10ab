-- $1 company_id
SELECT e.id AS employee_id, e.gross_monthly, e.tax_class, e.iban
FROM employees e
WHERE e.company_id = $1 AND e.active
ORDER BY e.id;
