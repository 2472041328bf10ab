-- $1 day
SELECT region, sum(amount) AS total FROM sales WHERE day = $1::date GROUP BY region;
