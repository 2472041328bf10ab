-- $1 currency
-- $2 rate
INSERT INTO fx_rates (currency, rate, fetched_on)
VALUES ($1::text, $2::numeric, current_date)
ON CONFLICT (currency, fetched_on) DO UPDATE SET rate = EXCLUDED.rate;
