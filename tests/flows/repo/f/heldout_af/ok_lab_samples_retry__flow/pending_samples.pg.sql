-- $1 lab
-- $2 since_hours
select sample_id, barcode, assay
from samples
where lab = $1::text
  and accessioned_at > now() - make_interval(hours => $2::int)
  and sequencer_ticket is null
order by accessioned_at;
