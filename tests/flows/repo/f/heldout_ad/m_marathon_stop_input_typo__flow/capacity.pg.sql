-- $1 distance
-- result_collection=last_statement_first_row
SELECT d.capacity - count(r.id) AS capacity_left, d.capacity
FROM distances d
LEFT JOIN registrations r ON r.distance = d.code AND r.status = 'confirmed'
WHERE d.code = $1::text
GROUP BY d.capacity;
