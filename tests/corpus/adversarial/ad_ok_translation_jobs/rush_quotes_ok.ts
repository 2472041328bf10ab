// SDK: windmill-client 1.818.0 waitForApproval({ form, timeout }) result destructured; a quote valid-until computed from a step-checkpointed time; BigInt-free integer math
import { step, task, waitForApproval, workflow } from "windmill-client";

type QuoteRequest = { client: string; words: number; langs: string[]; hours: number };

const PER_WORD_MILLICENTS: Record<string, number> = { de: 1_200, fr: 1_150, ja: 2_100, ar: 1_900 };
const RUSH = [
  { maxHours: 24, factor: 175 },
  { maxHours: 48, factor: 140 },
  { maxHours: Infinity, factor: 100 },
] as const;

function priceCents(req: QuoteRequest): number {
  const factor = RUSH.find((r) => req.hours <= r.maxHours)!.factor;
  const base = req.langs.reduce((n, l) => n + (PER_WORD_MILLICENTS[l] ?? 1_500) * req.words, 0);
  return Math.ceil((base * factor) / 100 / 1000);
}

const sendQuote = task(async (client: string, cents: number, validUntil: string, approver: string) => {
  const res = await fetch("https://crm.agency.example/quotes", {
    method: "POST",
    body: JSON.stringify({ client, cents, validUntil, approver }),
  });
  return (await res.json()) as { quoteId: string };
});

export const main = workflow(async (req: QuoteRequest, validityHours = 48) => {
  const cents = priceCents(req);
  const createdMs = await step("created_ms", () => Date.now());
  const validUntil = new Date(createdMs + validityHours * 3_600_000).toISOString();
  const { approved, approver, value } = await waitForApproval({
    timeout: 8 * 3600,
    form: { type: "object", properties: { discountPct: { type: "number" } } },
  });
  if (!approved) return { sent: false, cents };
  const discount = Math.min(Number(value?.discountPct ?? 0), 30);
  const final = Math.round(cents * (1 - discount / 100));
  const { quoteId } = await sendQuote(req.client, final, validUntil, approver);
  return { sent: true, quoteId, cents: final, validUntil };
});
