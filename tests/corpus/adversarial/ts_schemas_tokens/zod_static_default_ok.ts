// SDK: windmill-client 1.818.0 client.mjs: a zod schema whose defaults are constants and whose transforms are pure parses the same input to the same value every replay.
import { z } from "zod";
import { task, workflow } from "windmill-client";

const Job = z.object({
  name: z.string().min(1).transform((s) => s.trim().toLowerCase()),
  priority: z.enum(["low", "normal", "high"]).default("normal"),
  tags: z.array(z.string()).default([]),
  retries: z.number().int().min(0).max(5).catch(2),
});

const enqueue = task(async (name: string, priority: string, tags: string[], retries: number) => ({ name, priority, tags, retries }));

export const main = workflow(async (job: { name: string; priority?: "low" | "normal" | "high"; tags?: string[]; retries?: number }) => {
  const parsed = Job.parse(job);
  const check = Job.safeParse({ ...job, name: `${job.name}-copy` });
  return await enqueue(parsed.name, parsed.priority, check.success ? parsed.tags : [], parsed.retries);
});
