-- $1 shipped (int)
-- $2 failed_hosts (text[])
INSERT INTO log_shipping_runs (ran_at, hosts_shipped, failed_hosts)
VALUES (now(), $1, $2)
RETURNING id;
