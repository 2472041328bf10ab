-- $1 account (bigint)
-- $2 since = 2024-01-01
SELECT * FROM ledger WHERE account = $1 AND booked > $2::date AND memo <> $memo$ it's $3 $memo$;
