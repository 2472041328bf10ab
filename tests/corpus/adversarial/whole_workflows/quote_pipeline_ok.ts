// SDK: windmill-client 1.818.0 client.mjs + wacError.mjs: StepSuspend is an Error named "StepSuspend"; a failed task rejects with an Error named "TaskError". Every handler here rethrows what is not a TaskError (through a typed alias or an else branch).
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

type QuoteRequest = { customer: string; items: { sku: string; qty: number }[]; discountPct: number };
type Priced = { sku: string; qty: number; unitCents: number };

const MAX_AUTO_DISCOUNT = 10;

const priceItems = task(async (items: QuoteRequest["items"]): Promise<Priced[]> => {
  const res = await fetch("https://pricing.internal/api/price", { method: "POST", body: JSON.stringify(items) });
  if (!res.ok) throw new Error(`pricing failed ${res.status}`);
  return (await res.json()) as Priced[];
});

const fallbackPrices = task(async (items: QuoteRequest["items"]): Promise<Priced[]> =>
  items.map((i) => ({ ...i, unitCents: 0 })),
);

const renderPdf = task(async (customer: string, lines: Priced[], discountPct: number) => {
  const res = await fetch("https://docs.internal/render/quote", {
    method: "POST",
    body: JSON.stringify({ customer, lines, discountPct }),
  });
  return ((await res.json()) as { url: string }).url;
});

const askSalesLead = task(async (customer: string, discountPct: number, approvalPage: string) => {
  await fetch("https://hooks.internal/sales", {
    method: "POST",
    body: JSON.stringify({ text: `${customer} asks for ${discountPct}% — ${approvalPage}` }),
  });
});

function total(lines: Priced[], discountPct: number): number {
  const gross = lines.reduce((acc, l) => acc + l.qty * l.unitCents, 0);
  return Math.round(gross * (1 - discountPct / 100));
}

export const main = workflow(async (req: QuoteRequest) => {
  let lines: Priced[];
  try {
    lines = await priceItems(req.items);
  } catch (e: unknown) {
    const err = e as Error;
    if (err.name !== "TaskError") throw err;
    lines = await fallbackPrices(req.items);
  }

  let discount = req.discountPct;
  if (discount > MAX_AUTO_DISCOUNT) {
    const urls = await step("approval_urls", () => getResumeUrls());
    await askSalesLead(req.customer, discount, urls.approvalPage);
    try {
      const decision = await waitForApproval({ timeout: 2 * 24 * 3600 });
      if (!decision.approved) discount = MAX_AUTO_DISCOUNT;
    } catch (e) {
      if (e instanceof Error && e.name === "TaskError") {
        discount = MAX_AUTO_DISCOUNT;
      } else {
        throw e;
      }
    }
  }

  const pdfUrl = await renderPdf(req.customer, lines, discount);
  return { customer: req.customer, discount, totalCents: total(lines, discount), pdfUrl };
});
