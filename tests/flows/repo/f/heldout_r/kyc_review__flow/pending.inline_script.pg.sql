-- $1 tier
SELECT id, country FROM applicants WHERE status = 'pending' AND tier = $1::text;
