-- $1 start
-- $2 end
SELECT account, cost_center, sum(debit_cents) AS debit_cents, sum(credit_cents) AS credit_cents
FROM ledger_lines
WHERE booked_on >= $1::date AND booked_on < $2::date
GROUP BY account, cost_center
ORDER BY account, cost_center;
