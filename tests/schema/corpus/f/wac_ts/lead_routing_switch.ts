// Score an inbound lead and route it by segment with a switch on the task
// result.
import { task, taskFlow, workflow } from "windmill-client";

const nurtureSequence = taskFlow("f/marketing/nurture_sequence");

const enrichLead = task(async (email: string) => {
  const res = await fetch(`https://enrich.example/api/person?email=${encodeURIComponent(email)}`);
  return (await res.json()) as { company_size?: number; title?: string; country?: string };
});

const segmentLead = task(async (profile: { company_size?: number; title?: string; country?: string }) => {
  let score = 0;
  if ((profile.company_size ?? 0) > 200) score += 40;
  if (["cto", "vp engineering", "head of data"].includes((profile.title ?? "").toLowerCase())) score += 40;
  if (["US", "DE", "FR", "GB"].includes(profile.country ?? "")) score += 20;
  return score >= 80 ? "hot" : score >= 40 ? "warm" : "cold";
});

const createSalesTask = task(async (email: string) => {
  await fetch("https://crm.example/api/tasks", { method: "POST", body: JSON.stringify({ email, priority: "high" }) });
});

const recordLead = task(async (email: string, segment: string) => {
  await fetch("https://crm.example/api/leads", { method: "POST", body: JSON.stringify({ email, segment }) });
});

export const main = workflow(async (email: string) => {
  const profile = await enrichLead(email);
  const segment = await segmentLead(profile);
  switch (segment) {
    case "hot":
      await createSalesTask(email);
      break;
    case "warm":
      await nurtureSequence({ email, track: "standard" });
      break;
    default:
      break;
  }
  await recordLead(email, segment);
  return { email, segment };
});
