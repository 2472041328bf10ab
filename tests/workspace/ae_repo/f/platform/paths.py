"""Paths of the scripts and flows workflows dispatch to."""

BASE = "f/rent"


class Scripts:
    SEND_RECEIPT = f"{BASE}/send_receipt"
    GENERATE_LEASE = "f/leasing/generate_lease"
    RENEWAL_OFFER = "f/leasing/renewal_offer"
    RECALC_DEPOSITS = "u/maria/recalc_deposits"


FLOWS = {
    "triage": "f/maintenance/triage",
    "move_out": "f/inspections/move_out_flow",
}
