// SDK: windmill-client 1.818.0 workflow()/task() (client.mjs: the body replays from the top); zod 3 parseAsync runs async refinements, here a fetch to the CRM, at parse time
import { z } from "zod";
import { task, workflow } from "windmill-client";

const LeadSchema = z.object({
  email: z
    .string()
    .email()
    .refine(
      async (email) => {
        const res = await fetch(`https://crm.internal/contacts?email=${encodeURIComponent(email)}`);
        const hits = (await res.json()) as unknown[];
        return hits.length === 0;
      },
      { message: "contact already exists" },
    ),
  company: z.string().min(2),
  source: z.enum(["webinar", "ads", "referral"]),
});

const createLead = task(async function createLead(lead: z.infer<typeof LeadSchema>) {
  const res = await fetch("https://crm.internal/leads", { method: "POST", body: JSON.stringify(lead) });
  return (await res.json()) as { id: string };
});

const assignRep = task(async function assignRep(leadId: string, source: string) {
  await fetch(`https://crm.internal/leads/${leadId}/assign`, { method: "POST", body: JSON.stringify({ source }) });
});

export const main = workflow(async (form: object) => {
  const lead = await LeadSchema.parseAsync(form); // expect: WAC101
  const { id } = await createLead(lead);
  await assignRep(id, lead.source);
  return { id };
});
