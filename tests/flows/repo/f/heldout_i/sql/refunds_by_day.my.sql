-- ? day (date)
-- ? min_amount (decimal) = 0
SELECT id, amount FROM refunds WHERE DATE(created_at) = ? AND amount >= ?;
