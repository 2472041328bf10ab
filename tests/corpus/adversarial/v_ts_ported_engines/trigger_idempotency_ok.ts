// SDK: windmill-client 1.818.0 sleep(seconds) in seconds; taskScript wrapper sends its one object argument as the script's args; Bun.hash is wyhash of the input (deterministic)
// Ported from a Trigger.dev v3 task; the idempotency key is derived from the payload only.
import { taskScript, sleep, workflow } from "windmill-client";

const chargeInvoice = taskScript("f/billing/charge_invoice", { timeout: 300 });
const sendReceipt = taskScript("f/billing/send_receipt");

type Payload = { invoiceId: string; customerId: string; amountCents: number };

const FIVE_MINUTES = 5 * 60;

function idempotencyKeyFor(p: Payload): string {
  return `inv_${Bun.hash(`${p.invoiceId}|${p.customerId}|${p.amountCents}`).toString(16)}`;
}

export const main = workflow(async (payload: Payload) => {
  const idempotencyKey = idempotencyKeyFor(payload);

  const charge = await chargeInvoice({
    invoice_id: payload.invoiceId,
    customer_id: payload.customerId,
    amount_cents: payload.amountCents,
    idempotency_key: idempotencyKey,
  });

  await sleep(FIVE_MINUTES);

  await sendReceipt({ invoice_id: payload.invoiceId, charge_id: charge.id });
  return { chargeId: charge.id, idempotencyKey };
});
