-- $1 domain
SELECT domain, name, employees, industry, fetched_at
FROM company_cache
WHERE domain = $1
  AND fetched_at > now() - interval '30 days';
