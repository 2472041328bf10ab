// SDK: windmill-client 1.818.0 sleep(seconds): ctx._sleep sends Math.max(1, Math.round(seconds)), so an object becomes NaN; taskScript wrapper sends its one object argument as the script's args
// Ported from a Trigger.dev v3 task: idempotencyKeys.create + wait.for({ minutes }).
import { taskScript, step, sleep, workflow } from "windmill-client";

const chargeInvoice = taskScript("f/billing/charge_invoice", { timeout: 300 });
const sendReceipt = taskScript("f/billing/send_receipt");

type Payload = { invoiceId: string; customerId: string; amountCents: number };

export const main = workflow(async (payload: Payload) => {
  // trigger.dev: const key = await idempotencyKeys.create(payload.invoiceId)
  const idempotencyKey = `${payload.invoiceId}:${crypto.randomUUID()}`; // expect: WAC102

  const charge = await chargeInvoice({
    invoice_id: payload.invoiceId,
    customer_id: payload.customerId,
    amount_cents: payload.amountCents,
    idempotency_key: idempotencyKey,
  });

  // trigger.dev: await wait.for({ minutes: 5 })
  await sleep({ minutes: 5 } as unknown as number); // expect: WAC301

  await sendReceipt({ invoice_id: payload.invoiceId, charge_id: charge.id });
  return { chargeId: charge.id };
});
