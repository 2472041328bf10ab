-- $1 branch_code
SELECT h.hold_id, p.patron_id, p.first_name, p.mobile, p.prefers_sms, b.title, h.shelf_until
FROM holds h
JOIN patrons p ON p.patron_id = h.patron_id
JOIN books b ON b.isbn = h.isbn
WHERE h.branch_code = $1::text
  AND h.status = 'ready'
  AND NOT h.notified
ORDER BY h.shelf_until;
