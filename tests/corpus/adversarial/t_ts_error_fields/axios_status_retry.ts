// SDK: dist/wacError.mjs 1.818.0 taskErrorFromMarker builds a plain Error named "TaskError" (no `isAxiosError`, no `response`), so axios.isAxiosError(e) is false for every failure a task call raises in the body
import axios from "axios";
import { sleep, task, workflow } from "windmill-client";

type Invoice = { id: string; customer: string; totalCents: number };

const pushInvoice = task(async function pushInvoice(invoice: Invoice, token: string) {
  const { data } = await axios.post("https://api.xero.com/api.xro/2.0/Invoices", invoice, {
    headers: { Authorization: `Bearer ${token}`, "xero-tenant-id": process.env.XERO_TENANT ?? "" },
  });
  return { id: invoice.id, xeroId: data.Invoices?.[0]?.InvoiceID as string };
});

export const main = workflow(async (invoices: Invoice[], xero_token: string) => {
  const pushed: Array<{ id: string; xeroId: string }> = [];
  for (const invoice of invoices) {
    for (let attempt = 1; ; attempt++) {
      try {
        pushed.push(await pushInvoice(invoice, xero_token));
        break;
      } catch (e) {
        if (axios.isAxiosError(e) && e.response?.status === 429 && attempt < 4) { // expect: WAC204
          await sleep(60 * attempt);
          continue;
        }
        throw e;
      }
    }
  }
  return { pushed: pushed.length };
});
