-- $1 month
SELECT stallholder_id, market_day, pitch
FROM stall_bookings
WHERE to_char(market_day, 'YYYY-MM') = $1::text
  AND attended
ORDER BY stallholder_id, market_day;
