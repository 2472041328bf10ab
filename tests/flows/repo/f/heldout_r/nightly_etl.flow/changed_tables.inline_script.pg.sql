-- $1 since
SELECT relname AS table_name, n_tup_upd + n_tup_ins AS changes
FROM pg_stat_user_tables
WHERE last_autoanalyze > $1::timestamptz;
