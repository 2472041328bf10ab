// SDK: windmill-client 1.818.0 dist/client.mjs: taskScript(path)(args) sends args as the job's inputs
// Weekly shift plan, texting leads with the parameter names send_sms takes.
import { step, taskFlow, taskScript, workflow } from "windmill-client";
import { FLOWS, SCRIPTS } from "../common/index.ts";

const notifyLead = taskScript(SCRIPTS.sms);
const triage = taskFlow(FLOWS.leakTriage, { timeout: 900 });

type Crew = { id: string; lead: string; phone: string; maxZones: number };

function assign(crews: Crew[], zones: string[]): Record<string, string[]> {
  const plan: Record<string, string[]> = {};
  const ordered = [...crews].sort((a, b) => b.maxZones - a.maxZones || a.id.localeCompare(b.id));
  [...zones].sort().forEach((zone, i) => {
    const crew = ordered[i % ordered.length];
    (plan[crew.id] ??= []).push(zone);
  });
  return plan;
}

export const main = workflow(async (week: string, crews: Crew[], zones: string[], flagged: string[] = []) => {
  const plan = assign(crews, zones);
  for (const crew of crews) {
    const mine = plan[crew.id] ?? [];
    if (mine.length === 0) continue;
    await notifyLead({ phone: crew.phone, body: `Week ${week}: ${mine.join(", ")}`, urgent: false });
  }
  const results = await Promise.all(flagged.map((zone) => triage({ meter_id: `zone:${zone}`, notify: false })));
  const covered = await step("covered", () => Object.values(plan).flat().length);
  return { week, plan, covered, triaged: results.length };
});
