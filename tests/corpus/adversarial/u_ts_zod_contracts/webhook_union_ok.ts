// SDK: windmill-client 1.818.0 workflow()/task() (client.mjs: branching on inputs and task results replays the same way); zod 3 discriminatedUnion parse of the workflow input is pure
import { z } from "zod";
import { task, workflow, type TaskOptions } from "windmill-client";

const Event = z.discriminatedUnion("type", [
  z.object({ type: z.literal("invoice.paid"), invoiceId: z.string(), amount: z.number() }),
  z.object({ type: z.literal("invoice.voided"), invoiceId: z.string(), reason: z.string() }),
  z.object({ type: z.literal("customer.deleted"), customerId: z.string() }),
]);
type Event = z.infer<typeof Event>;

const opts = { timeout: 120, tag: "billing" } satisfies TaskOptions;

const markPaid = task(async function markPaid(invoiceId: string, amount: number) {
  await fetch(`https://erp.internal/invoices/${invoiceId}/paid`, { method: "POST", body: JSON.stringify({ amount }) });
  return "paid";
}, opts);

const voidInvoice = task(async function voidInvoice(invoiceId: string, reason: string) {
  await fetch(`https://erp.internal/invoices/${invoiceId}/void`, { method: "POST", body: JSON.stringify({ reason }) });
  return "voided";
}, opts);

const forgetCustomer = task(async function forgetCustomer(customerId: string) {
  await fetch(`https://erp.internal/customers/${customerId}`, { method: "DELETE" });
  return "forgotten";
}, opts);

export const main = workflow(async (body: object) => {
  const event: Event = Event.parse(body);
  switch (event.type) {
    case "invoice.paid":
      return { handled: await markPaid(event.invoiceId, event.amount) };
    case "invoice.voided":
      return { handled: await voidInvoice(event.invoiceId, event.reason) };
    case "customer.deleted":
      return { handled: await forgetCustomer(event.customerId) };
  }
});
