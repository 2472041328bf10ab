// SDK: windmill-client 1.818.0 client.mjs: the task returns the raw JSON and the body parses it with zod: the parse is pure, runs the same way on every replay, and its `ZodError` is thrown by the body's own code (no durable call inside the `try`)
import { task, workflow } from "windmill-client";
import { z, ZodError } from "zod";
import dayjs from "dayjs";

const FormularyEntry = z.object({
  ndc: z.string().length(11),
  tier: z.number().int().min(1).max(5),
  priorAuth: z.boolean(),
  effective: z.string(),
});
const Formulary = z.array(FormularyEntry);
type Formulary = z.infer<typeof Formulary>;

const fetchFormularyRaw = task(async (planId: string): Promise<unknown> => {
  const r = await fetch(`https://formulary.payer-directory.example/plans/${planId}/drugs.json`);
  return await r.json();
});

const upsertFormulary = task(async (planId: string, entries: Formulary) => {
  const r = await fetch(`https://api.rxhub.example/v2/formularies/${planId}`, {
    method: "PUT",
    body: JSON.stringify(entries),
  });
  return { planId, stored: r.ok, count: entries.length };
});

const openTicket = task(async (planId: string, reason: string) => {
  await fetch("https://support.rxhub.example/api/tickets", {
    method: "POST",
    body: JSON.stringify({ queue: "formulary", subject: `Formulary ${planId} rejected`, body: reason }),
  });
});

export const main = workflow(async (planIds: string[], asOf: string) => {
  const results: { planId: string; stored: boolean; count: number }[] = [];
  const broken: string[] = [];
  for (const planId of planIds) {
    const raw = await fetchFormularyRaw(planId);
    let entries: Formulary;
    try {
      entries = Formulary.parse(raw);
    } catch (e) {
      if (e instanceof ZodError) {
        broken.push(planId);
        await openTicket(planId, e.issues.map((i) => i.path.join(".")).join("; "));
        continue;
      }
      throw e;
    }
    const current = entries.filter((x) => !dayjs(x.effective).isAfter(dayjs(asOf)));
    results.push(await upsertFormulary(planId, current));
  }
  return { updated: results.length, broken };
});
