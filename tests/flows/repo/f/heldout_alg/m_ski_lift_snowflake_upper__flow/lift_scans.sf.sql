-- ? day (date)
SELECT l.lift_name, COUNT(*) AS riders
FROM gate_scans s
JOIN lifts l ON l.lift_id = s.lift_id
WHERE s.scanned_at::date = ?
GROUP BY l.lift_name
ORDER BY riders DESC
LIMIT 5;
