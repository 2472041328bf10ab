-- $1 district
-- $2 month
select household_id, phone, sum(m3) as m3, avg(prev_m3) as prev_m3
from meter_reads
where district = $1 and to_char(read_at, 'YYYY-MM') = $2
group by household_id, phone;
