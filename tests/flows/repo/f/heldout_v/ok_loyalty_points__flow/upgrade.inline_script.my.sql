-- ? new_tier (varchar)
-- ? customer_id (int)
UPDATE loyalty_members SET tier = ? WHERE customer_id = ?;
