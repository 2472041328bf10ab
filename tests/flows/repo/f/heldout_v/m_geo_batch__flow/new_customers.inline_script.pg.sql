SELECT id, address, country_code
FROM customers
WHERE lat IS NULL
  AND created_at >= now() - interval '1 day'
ORDER BY id
LIMIT 200;
