-- ? points (int)
-- ? customer_id (int)
UPDATE loyalty_members SET points_balance = points_balance + ? WHERE customer_id = ?;
