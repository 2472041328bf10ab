// SDK: windmill-client 1.818.0 workflow()/task()/step() (client.mjs: step checkpoints its value so every replay sees the first round's environment)
import { z } from "zod";
import { task, step, workflow } from "windmill-client";

const EnvSchema = z.object({
  WAREHOUSE_REGION: z.enum(["eu-west-1", "us-east-1"]).default("eu-west-1"),
  EXPORT_BATCH: z.coerce.number().int().default(500),
});
type Env = z.infer<typeof EnvSchema>;

const exportBatch = task(async function exportBatch(region: string, offset: number, limit: number) {
  const res = await fetch(`https://export.${region}.internal/run`, {
    method: "POST",
    body: JSON.stringify({ offset, limit }),
  });
  return ((await res.json()) as { exported: number }).exported;
});

export const main = workflow(async (total: number) => {
  const env: Env = await step("env", () => EnvSchema.parse(process.env));
  let exported = 0;
  for (let offset = 0; offset < total; offset += env.EXPORT_BATCH) {
    exported += await exportBatch(env.WAREHOUSE_REGION, offset, env.EXPORT_BATCH);
  }
  return { exported, region: env.WAREHOUSE_REGION };
});
