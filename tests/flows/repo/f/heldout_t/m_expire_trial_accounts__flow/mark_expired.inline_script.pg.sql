-- $1 grace_hours
UPDATE accounts.workspaces
SET plan = 'expired', updated_at = now()
WHERE plan = 'trial'
  AND trial_ends_at < now() - make_interval(hours => $1::int)
RETURNING id, name, owner_email;
