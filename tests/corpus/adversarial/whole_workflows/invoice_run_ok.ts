// SDK: windmill-client 1.818.0 client.mjs: task() dispatches via ctx._nextStep inside a workflow; step() checkpoints fn()'s value; parallel() awaits fn per item with a concurrency cap; isSuspendSignal rethrow by name === "StepSuspend".
import * as wmill from "windmill-client";
import { parallel, sleep, step, task, taskScript, workflow } from "windmill-client";

// Billing run: pull open invoices, charge each, email receipts, report.
const STRIPE_API = "https://api.stripe.com/v1";
const MAX_CONCURRENCY = 4;
const RETRY_DELAY_S = 120;

interface Invoice {
  id: string;
  customerId: string;
  amountCents: number;
  currency: string;
}

type ChargeOutcome = { invoiceId: string; ok: boolean; reason?: string };

const listOpenInvoices = task(async (accountId: string): Promise<Invoice[]> => {
  const key = await wmill.getVariable("f/billing/stripe_key");
  const res = await fetch(`${STRIPE_API}/invoices?status=open&account=${accountId}`, {
    headers: { Authorization: `Bearer ${key}` },
  });
  if (!res.ok) throw new Error(`stripe list failed: ${res.status}`);
  const body = (await res.json()) as { data: Invoice[] };
  return body.data;
});

const chargeInvoice = task(async (invoice: Invoice): Promise<ChargeOutcome> => {
  const key = await wmill.getVariable("f/billing/stripe_key");
  const res = await fetch(`${STRIPE_API}/invoices/${invoice.id}/pay`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Idempotency-Key": invoice.id },
  });
  return { invoiceId: invoice.id, ok: res.ok, reason: res.ok ? undefined : await res.text() };
});

const sendReceipts = taskScript("f/billing/send_receipts", { timeout: 300 });

function totalCents(invoices: Invoice[]): number {
  return invoices.reduce((acc, inv) => acc + inv.amountCents, 0);
}

function partition(outcomes: ChargeOutcome[]): { paid: string[]; failed: string[] } {
  const paid: string[] = [];
  const failed: string[] = [];
  for (const o of outcomes) (o.ok ? paid : failed).push(o.invoiceId);
  return { paid, failed };
}

export const main = workflow(async (accountId: string, dryRun: boolean = false) => {
  const startedAt = await step("started_at", () => new Date().toISOString());
  const invoices = await listOpenInvoices(accountId);
  if (invoices.length === 0) {
    return { accountId, startedAt, charged: 0, message: "nothing to charge" };
  }
  if (dryRun) {
    return { accountId, startedAt, wouldCharge: totalCents(invoices) };
  }

  let outcomes = await parallel(invoices, chargeInvoice, { concurrency: MAX_CONCURRENCY });
  let { paid, failed } = partition(outcomes);

  if (failed.length > 0) {
    // one retry after a pause; the sleep is server-side and holds no worker
    await sleep(RETRY_DELAY_S);
    const retry = invoices.filter((inv) => failed.includes(inv.id));
    const second = await parallel(retry, chargeInvoice, { concurrency: 2 });
    outcomes = [...outcomes.filter((o) => o.ok), ...second];
    ({ paid, failed } = partition(outcomes));
  }

  await sendReceipts({ accountId, invoiceIds: paid });
  return {
    accountId,
    startedAt,
    paid: paid.length,
    failed,
    totalCents: totalCents(invoices.filter((i) => paid.includes(i.id))),
  };
});
