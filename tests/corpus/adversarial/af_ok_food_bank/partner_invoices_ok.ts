// SDK: windmill-client 1.818.0 the body throws an `AxiosError` built from a checkpointed task result (an exception object in memory, no request); the partner API calls are tasks
import axios, { AxiosError } from "axios";
import { task, workflow } from "windmill-client";

const api = axios.create({ baseURL: "https://partners.foodbank.example/api", timeout: 20_000 });

const fetchInvoice = task(async function fetchInvoice(partner: string, month: string) {
  const res = await api.get(`/partners/${partner}/invoices/${month}`, { validateStatus: () => true });
  return { status: res.status, invoice: res.status === 200 ? res.data : null };
});

const markPaid = task(async function markPaid(partner: string, invoiceId: string) {
  await api.post(`/partners/${partner}/invoices/${invoiceId}/paid`);
  return invoiceId;
});

export const main = workflow(async (partner: string, month: string) => {
  const got = await fetchInvoice(partner, month);
  if (got.status !== 200 || !got.invoice) {
    throw new AxiosError(`invoice ${partner}/${month}: HTTP ${got.status}`, "ERR_BAD_RESPONSE");
  }
  const paid = await markPaid(partner, got.invoice.id);
  return { partner, month, paid, total: got.invoice.total };
});
