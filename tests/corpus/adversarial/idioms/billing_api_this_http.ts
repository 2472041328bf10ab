// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body is re-run after every `StepSuspend`; only `task`/`step` results are replayed from the checkpoint, so `this.http.post` (axios) in a method the body calls posts again each round.
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

export const main = workflow(async (customerId: string, period: string, token: string) => {
  const lines = await collectUsage(customerId, period);
  const billing = new BillingApi("https://billing.example.com/v2", token);
  const invoice = await billing.createInvoice(customerId, lines); // expect: WAC101
  return { invoice: invoice.id };
});
