-- result_collection=all_statements_first_row
-- $1 week_start
SELECT count(*) AS opened,
       count(*) FILTER (WHERE solved_at IS NOT NULL) AS solved
FROM tickets
WHERE created_at >= $1::date AND created_at < $1::date + 7;

SELECT coalesce(sum(amount_cents), 0) / 100.0 AS revenue_eur
FROM payments
WHERE paid_at >= $1::date AND paid_at < $1::date + 7;
