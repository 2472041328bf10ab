// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; this zod schema's `.transform` / `.refine` only normalise the input, so parsing it in the body gives the same value every round, and the SKU check is a task
import { task, workflow } from "windmill-client";
import ky from "ky";
import { z } from "zod";

const catalog = ky.create({ prefixUrl: "https://catalog.leafhouse.example/api", timeout: 10_000 });

const BlendLine = z.object({
  sku: z
    .string()
    .transform((s) => s.trim().toUpperCase())
    .refine((sku) => /^[A-Z]{3}-\d{4}$/.test(sku), "bad SKU"),
  grams: z.number().int().positive(),
});

const BlendRequest = z.object({
  name: z.string().min(3),
  lines: z.array(BlendLine).min(2).max(6),
});

const checkSkus = task(async function checkSkus(skus: string[]) {
  const missing: string[] = [];
  for (const sku of skus) {
    if (!(await catalog.head(`skus/${sku}`, { throwHttpErrors: false })).ok) missing.push(sku);
  }
  return missing;
});

const mixBlend = task(async function mixBlend(name: string, lines: { sku: string; grams: number }[]) {
  const res = await catalog.post("blends", { json: { name, lines } }).json<{ blendId: string }>();
  return res.blendId;
});

export const main = workflow(async (request: { name: string; lines: { sku: string; grams: number }[] }) => {
  const blend = await BlendRequest.parseAsync(request);
  const missing = await checkSkus(blend.lines.map((l) => l.sku));
  if (missing.length > 0) return { blendId: null, missing };
  const blendId = await mixBlend(blend.name, blend.lines);
  return { blendId, missing };
});
