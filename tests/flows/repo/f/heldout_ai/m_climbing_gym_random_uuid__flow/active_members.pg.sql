-- $1 month
SELECT m.id, m.full_name, m.psp_customer, p.monthly_fee_cents
FROM members m
JOIN plans p ON p.id = m.plan_id
WHERE m.status = 'active'
  AND NOT EXISTS (
    SELECT 1 FROM charges c WHERE c.member_id = m.id AND c.month = $1::text
  )
ORDER BY m.id;
