-- $1 period_start
-- $2 period_end
SELECT e.id AS employee_id, e.iban, e.hourly_rate_cents,
       SUM(t.hours) AS hours
FROM employees e
JOIN timesheets t ON t.employee_id = e.id
WHERE t.day BETWEEN $1::date AND $2::date
  AND t.approved
GROUP BY e.id, e.iban, e.hourly_rate_cents;
