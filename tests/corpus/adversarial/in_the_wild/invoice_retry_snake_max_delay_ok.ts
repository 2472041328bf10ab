// SDK: windmill-client 1.818.0 client.mjs assertUsableRetry needs a whole `attempts`; retryDelaySeconds caps the delay with `max_delay`.
import { task, workflow } from "windmill-client";

const sendInvoice = task(
  async (invoiceId: string) => {
    const r = await fetch(`https://billing.example.com/invoices/${invoiceId}/send`, { method: "POST" });
    if (!r.ok) throw new Error(`send failed: ${r.status}`);
    return { invoiceId, sent: true };
  },
  { timeout: 60, retry: { attempts: 6, delay: 30, multiplier: 3, max_delay: 600 } },
);

export const main = workflow(async (invoiceIds: string[]) => {
  const sent = [];
  for (const id of invoiceIds) sent.push(await sendInvoice(id));
  return sent;
});
