-- $1 depot
-- $2 km
select tram_no, km_since_service from trams
where depot = $1 and km_since_service >= $2
order by km_since_service desc;
