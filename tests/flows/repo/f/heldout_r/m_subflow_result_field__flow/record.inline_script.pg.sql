-- $1 email
-- $2 archive_ref
-- $3 days
INSERT INTO mailbox_archives (email, archive_ref, retention_days)
VALUES ($1::text, $2::text, $3::int);
