// SDK: windmill-client 1.818.0 workflow()/task()/step() (client.mjs: step checkpoints, a thrown error becomes a TaskError the body can read); zod 3 parseAsync with a fetching refinement runs inside the step
import { z } from "zod";
import { task, step, workflow } from "windmill-client";

const LeadSchema = z.object({
  email: z
    .string()
    .email()
    .refine(
      async (email) => {
        const res = await fetch(`https://crm.internal/contacts?email=${encodeURIComponent(email)}`);
        return ((await res.json()) as unknown[]).length === 0;
      },
      { message: "contact already exists" },
    ),
  company: z.string().min(2),
  source: z.enum(["webinar", "ads", "referral"]),
});
type Lead = z.infer<typeof LeadSchema>;

const createLead = task(async function createLead(lead: Lead) {
  const res = await fetch("https://crm.internal/leads", { method: "POST", body: JSON.stringify(lead) });
  return (await res.json()) as { id: string };
});

export const main = workflow(async (form: object) => {
  const checked = await step("validate_lead", async () => {
    const r = await LeadSchema.safeParseAsync(form);
    return r.success ? { ok: true as const, lead: r.data } : { ok: false as const, errors: r.error.flatten() };
  });
  if (!checked.ok) return { created: false, errors: checked.errors };
  const { id } = await createLead(checked.lead);
  return { created: true, id };
});
