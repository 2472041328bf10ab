// SDK: windmill-client 1.818.0 step() returns JSON.parse(JSON.stringify(result)): a RegExp becomes {}
// Support triage: routing rules loaded once and compiled in the step.
import { task, step, workflow } from "windmill-client";

type Rule = { pattern: string; queue: string };

const loadRules = task(async (project: string) => {
  const r = await fetch(`https://config.example.com/projects/${project}/routing`);
  return (await r.json()) as Rule[];
});

const route = task(async (ticketId: string, queue: string) => {
  await fetch(`https://helpdesk.example.com/tickets/${ticketId}`, { method: "PATCH", body: JSON.stringify({ queue }) });
  return queue;
});

export const main = workflow(async (project: string, tickets: { id: string; subject: string }[]) => {
  const rules = await loadRules(project);
  const compiled = await step("compile_rules", () =>
    rules.map((r) => ({ re: new RegExp(r.pattern, "i"), queue: r.queue })), // expect: WAC107
  );
  const routed: Record<string, string> = {};
  for (const t of tickets) {
    const hit = compiled.find((c) => c.re.test(t.subject));
    routed[t.id] = await route(t.id, hit?.queue ?? "general");
  }
  return routed;
});
