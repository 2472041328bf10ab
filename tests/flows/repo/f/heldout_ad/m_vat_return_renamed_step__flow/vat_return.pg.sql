-- $1 period_start
-- $2 period_end
-- result_collection=last_statement_first_row
SELECT
  coalesce(sum(vat_cents) FILTER (WHERE direction = 'sale'), 0) AS output_vat_cents,
  coalesce(sum(vat_cents) FILTER (WHERE direction = 'purchase'), 0) AS input_vat_cents,
  coalesce(sum(vat_cents) FILTER (WHERE direction = 'sale'), 0)
    - coalesce(sum(vat_cents) FILTER (WHERE direction = 'purchase'), 0) AS payable_cents
FROM ledger_lines
WHERE booked_on BETWEEN $1::date AND $2::date;
