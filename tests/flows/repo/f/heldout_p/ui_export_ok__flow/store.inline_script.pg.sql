-- $1 n
SELECT $1::int AS n;
