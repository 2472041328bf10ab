# SDK: wmill 1.850.0 task_script wrapper(**kwargs) sends the kwargs as the child's args; .helpers compute_tax / line_total are pure.
from wmill import step, task_script, workflow

from .helpers import compute_tax, line_total

charge_card = task_script("f/billing/charge_card")


@workflow
async def main(customer_id: str, country: str, lines: list):
    subtotal = line_total(lines)
    tax = compute_tax(subtotal, country)
    invoice_no = await step("invoice_no", lambda: f"INV-{customer_id}-{subtotal}")
    charge = await charge_card(customer_id=customer_id, amount=subtotal + tax, idempotency_key=invoice_no)
    return {"invoice": invoice_no, "charge": charge}
