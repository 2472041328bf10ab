// SDK: client.mjs 1.818.0 task(fn, { retry: { attempts, delay, multiplier } }) retries a failed task with durable backoff sleeps (_retryBackoff); the 429 is handled inside the task where axios's error is real
import axios from "axios";
import { task, workflow } from "windmill-client";

type Invoice = { id: string; customer: string; totalCents: number };

const pushInvoice = task(
  async function pushInvoice(invoice: Invoice, token: string) {
    try {
      const { data } = await axios.post("https://api.xero.com/api.xro/2.0/Invoices", invoice, {
        headers: { Authorization: `Bearer ${token}`, "xero-tenant-id": process.env.XERO_TENANT ?? "" },
      });
      return { id: invoice.id, xeroId: data.Invoices?.[0]?.InvoiceID as string, throttled: false };
    } catch (e) {
      if (axios.isAxiosError(e) && e.response?.status === 429) {
        throw new Error(`xero throttled invoice ${invoice.id}`);
      }
      throw e;
    }
  },
  { retry: { attempts: 3, delay: 60, multiplier: 2, max_delay: 600 } },
);

export const main = workflow(async (invoices: Invoice[], xero_token: string) => {
  const pushed = [];
  for (const invoice of invoices) {
    pushed.push(await pushInvoice(invoice, xero_token));
  }
  return { pushed: pushed.length };
});
