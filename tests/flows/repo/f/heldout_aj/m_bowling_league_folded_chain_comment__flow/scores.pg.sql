-- $1 league_id
-- $2 night
SELECT b.bowler_id, b.name, b.team, count(*)::int AS games, sum(g.pins)::int AS series,
       avg(g.pins)::float AS average
FROM games g
JOIN bowlers b ON b.bowler_id = g.bowler_id
WHERE g.league_id = $1::text AND g.night = $2::date
GROUP BY b.bowler_id, b.name, b.team;
