// SDK: windmill-client 1.818.0 task results are JSON (strings survive); compiling a RegExp from them in the body is pure and happens the same way every replay
// Support triage: patterns cross the checkpoint as strings and are compiled in the body.
import { task, workflow } from "windmill-client";

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
  const compiled = rules.map((r) => ({ re: new RegExp(r.pattern, "i"), queue: r.queue }));
  const routed: Record<string, string> = {};
  for (const t of tickets) {
    const hit = compiled.find((c) => c.re.test(t.subject));
    routed[t.id] = await route(t.id, hit?.queue ?? "general");
  }
  return routed;
});
