-- $1 view_name
CREATE OR REPLACE FUNCTION r() RETURNS void AS $$ BEGIN PERFORM $2; END $$ LANGUAGE plpgsql;
SELECT refresh($1::text);
