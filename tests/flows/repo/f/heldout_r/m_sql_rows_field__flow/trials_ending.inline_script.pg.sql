-- $1 day
SELECT account_id, email
FROM trials
WHERE ends_on = $1::date AND converted = false;
