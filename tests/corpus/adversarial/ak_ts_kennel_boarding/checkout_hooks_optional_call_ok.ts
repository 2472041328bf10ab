// SDK: windmill-client 1.818.0 index.js `task` wrapper returns `ctx._nextStep(...)`, a bare `{ then }`; `await x?.(...)` awaits it when the hook is set and awaits `undefined` when it is not, so the review request's result and failure are observed
// Ported from a Temporal workflow whose `afterCheckout` interceptor was optional; kept as an optional hook table.
import { task, workflow } from "windmill-client";

type Stay = { bookingId: string; dogId: string; ownerEmail: string; nights: number };

const closeInvoice = task(async function closeInvoice(stay: Stay): Promise<{ invoiceId: string; totalCents: number }> {
  const r = await fetch("https://pay.pawsinn.example/v1/invoices/close", { method: "POST", body: JSON.stringify(stay) });
  return (await r.json()) as { invoiceId: string; totalCents: number };
});

const requestReview = task(async function requestReview(stay: Stay, invoiceId: string): Promise<void> {
  await fetch("https://mail.pawsinn.example/v1/send", {
    method: "POST",
    body: JSON.stringify({ to: stay.ownerEmail, template: "review", invoiceId }),
  });
});

type Hooks = {
  afterCheckout?: (stay: Stay, invoiceId: string) => Promise<void>;
  afterNoShow?: (stay: Stay, invoiceId: string) => Promise<void>;
};
const HOOKS: Hooks = { afterCheckout: requestReview };

export const main = workflow(async (stay: Stay) => {
  const invoice = await closeInvoice(stay);
  await HOOKS.afterCheckout?.(stay, invoice.invoiceId);
  await HOOKS.afterNoShow?.(stay, invoice.invoiceId);
  return invoice;
});
