-- $1 customer
SELECT 'cost: $2', $fn$ $3 $fn$, * FROM orders WHERE customer_id = $1::bigint;
