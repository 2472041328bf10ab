// SDK: windmill-client 1.818.0 client.mjs: the body replays; zod calls a `.default(() => ...)` function during `parse` for each missing field, so parsing the input in the body stamps a new time and id every round.
import { z } from "zod";
import { task, workflow } from "windmill-client";

const Job = z.object({
  name: z.string().min(1),
  requestedAt: z.string().default(() => new Date().toISOString()),
  runId: z.string().uuid().default(() => crypto.randomUUID()),
  priority: z.enum(["low", "normal", "high"]).default("normal"),
});

const enqueue = task(async (name: string, requestedAt: string, runId: string, priority: string) => ({ name, requestedAt, runId, priority }));

export const main = workflow(async (job: { name: string; requestedAt?: string; runId?: string; priority?: "low" | "normal" | "high" }) => {
  const parsed = Job.parse(job); // expect: WAC102
  return await enqueue(parsed.name, parsed.requestedAt, parsed.runId, parsed.priority);
});
