-- $1 emails
UPDATE vaccinations v
SET reminded = true
FROM pets p JOIN owners o ON o.id = p.owner_id
WHERE p.id = v.pet_id AND o.email = ANY($1::text[]);
