-- $1 district
select id, address, lat, lon, bins
from pickup_requests
where district = $1 and pickup_date = current_date + 1 and cancelled = false;
