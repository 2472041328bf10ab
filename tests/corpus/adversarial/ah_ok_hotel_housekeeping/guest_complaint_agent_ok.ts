// SDK: windmill-client 1.818.0 an LLM-agent style workflow: the OpenAI client is built at module level and used only inside tasks, typed constants with `as const` / `satisfies`, zod validation of a task's JSON in the body, a keyed approval with a form before the refund task
import OpenAI from "openai";
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";
import { z } from "zod";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const CATEGORIES = ["cleanliness", "noise", "maintenance", "staff", "billing"] as const;
const LIMITS = { autoRefundCents: 5000, maxTokens: 400 } satisfies Record<string, number>;

const Triage = z.object({
  category: z.enum(CATEGORIES),
  severity: z.number().int().min(1).max(5),
  refundCents: z.number().int().nonnegative(),
  summary: z.string(),
});

const classify = task(async (complaint: string) => {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    max_tokens: LIMITS.maxTokens,
    response_format: { type: "json_object" },
    messages: [
      { role: "system", content: `Classify a hotel complaint into one of ${CATEGORIES.join(", ")}; answer JSON.` },
      { role: "user", content: complaint },
    ],
  });
  return JSON.parse(res.choices[0].message.content ?? "{}");
});

const createWorkOrder = task(async (room: string, category: string, summary: string) => {
  const res = await fetch("https://cmms.hotel.example/work-orders", { method: "POST", body: JSON.stringify({ room, category, summary }) });
  return (await res.json()) as { id: string };
});

const refundFolio = task(async (reservation: string, cents: number, reason: string) => {
  const res = await fetch(`https://pms.hotel.example/v2/reservations/${reservation}/refunds`, {
    method: "POST",
    body: JSON.stringify({ cents, reason }),
  });
  return (await res.json()) as { refundId: string };
});

const pageDutyManager = task(async (link: string, summary: string) => {
  await fetch("https://pager.hotel.example/duty-manager", { method: "POST", body: JSON.stringify({ link, summary }) });
});

export const main = workflow(async (reservation: string, room: string, complaint: string) => {
  const triage = Triage.parse(await classify(complaint));
  const order = triage.category === "maintenance" || triage.category === "cleanliness" ? await createWorkOrder(room, triage.category, triage.summary) : null;
  if (triage.refundCents === 0) return { triage, workOrder: order?.id ?? null, refund: null };
  let cents = triage.refundCents;
  if (cents > LIMITS.autoRefundCents) {
    const urls = await step("dm_urls", () => getApprovalUrls("duty_manager"));
    await pageDutyManager(urls.approvalPage, triage.summary);
    const answer = await waitForApproval({
      key: "duty_manager",
      timeout: 4 * 3600,
      form: { type: "object", properties: { cents: { type: "integer", default: cents } } },
    });
    if (!answer.approved) return { triage, workOrder: order?.id ?? null, refund: null };
    cents = Number(answer.value?.cents ?? cents);
  }
  const refund = await refundFolio(reservation, cents, triage.summary);
  return { triage, workOrder: order?.id ?? null, refund: refund.refundId, cents };
});
