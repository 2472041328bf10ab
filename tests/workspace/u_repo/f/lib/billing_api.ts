// A thin client for the invoicing service.
import { authHeader } from "./net.ts";

export class BillingApi {
  private readonly base: string;

  constructor(private readonly key: string, base = "https://invoicing.billing.example/v2") {
    this.base = base;
  }

  get ledgerUrl(): string {
    return `${this.base}/ledger`;
  }

  async createInvoice(customerId: string, lines: { sku: string; cents: number }[]) {
    const res = await fetch(`${this.base}/invoices`, {
      method: "POST",
      headers: authHeader(this.key),
      body: JSON.stringify({ customerId, lines }),
    });
    return (await res.json()) as { id: string; total: number };
  }
}

export function makeBillingApi(key: string): BillingApi {
  return new BillingApi(key);
}
