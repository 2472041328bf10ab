// SDK: windmill-client 1.818.0 client.mjs/wacError.mjs: a task that throws comes back from `_nextStep` as `taskErrorFromMarker(...)`, a plain `Error` named "TaskError"; the `ZodError` thrown inside the child job never reaches the body, so `instanceof ZodError` is always false
import { task, step, workflow } from "windmill-client";
import { z, ZodError } from "zod";

const FormularyEntry = z.object({
  ndc: z.string().length(11),
  tier: z.number().int().min(1).max(5),
  priorAuth: z.boolean(),
  quantityLimit: z.number().int().nullable(),
});
const Formulary = z.array(FormularyEntry);
type Formulary = z.infer<typeof Formulary>;

const fetchFormulary = task(async (planId: string): Promise<Formulary> => {
  const r = await fetch(`https://formulary.payer-directory.example/plans/${planId}/drugs.json`);
  return Formulary.parse(await r.json());
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

export const main = workflow(async (planIds: string[]) => {
  const results: { planId: string; stored: boolean; count: number }[] = [];
  const broken: string[] = [];
  for (const planId of planIds) {
    let entries: Formulary;
    try {
      entries = await fetchFormulary(planId);
    } catch (e) {
      if (e instanceof ZodError) { // expect: WAC204
        broken.push(planId);
        await openTicket(planId, e.issues.map((i) => i.path.join(".")).join("; "));
        continue;
      }
      throw e;
    }
    results.push(await upsertFormulary(planId, entries));
  }
  return await step("summary", () => ({ updated: results.length, broken }));
});
