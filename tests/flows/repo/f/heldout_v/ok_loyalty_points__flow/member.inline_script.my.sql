-- result_collection=last_statement_first_row
-- ? customer_id (int)
SELECT m.tier, m.points_balance AS balance, m.joined_on
FROM loyalty_members m
WHERE m.customer_id = ?;
