-- :ledger_id (number)
-- :period (varchar2)
SELECT gcc.segment3 AS account, SUM(jl.entered_dr - jl.entered_cr) AS amount
FROM gl_je_lines jl
JOIN gl_je_headers jh ON jh.je_header_id = jl.je_header_id
JOIN gl_code_combinations gcc ON gcc.code_combination_id = jl.code_combination_id
WHERE jh.ledger_id = :ledger_id
  AND jh.period_name = :period
  AND jh.status = 'U'
GROUP BY gcc.segment3
