// SDK: windmill-client 1.818.0 client.mjs `task`: inside a workflow the wrapper calls `ctx._nextStep(...)` and the function runs as its own step once; its result is replayed after that.
import axios, { type AxiosInstance } from "axios";
import { task, workflow } from "windmill-client";

class BillingApi {
  private readonly http: AxiosInstance;

  constructor(baseURL: string, token: string) {
    this.http = axios.create({ baseURL, headers: { Authorization: `Bearer ${token}` } });
  }

  async createInvoice(customerId: string, lines: Array<{ sku: string; qty: number }>) {
    const { data } = await this.http.post("/invoices", { customer: customerId, lines });
    return data as { id: string };
  }
}

const collectUsage = task(async function collectUsage(customerId: string, period: string) {
  return [{ sku: "api-calls", qty: 1200, customerId, period }];
});

const issueInvoice = task(async function issueInvoice(
  customerId: string,
  lines: Array<{ sku: string; qty: number }>,
  token: string,
) {
  const api = new BillingApi("https://billing.example.com/v2", token);
  return (await api.createInvoice(customerId, lines)).id;
});

export const main = workflow(async (customerId: string, period: string, token: string) => {
  const lines = await collectUsage(customerId, period);
  const invoiceId = await issueInvoice(customerId, lines, token);
  return { invoice: invoiceId };
});
