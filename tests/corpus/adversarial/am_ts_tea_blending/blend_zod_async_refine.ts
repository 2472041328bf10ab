// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; zod runs `.refine` / `.transform` callbacks when the body calls `parseAsync`, so the SKU lookup (a ky GET) is made in the body in every round
import { task, workflow } from "windmill-client";
import ky from "ky";
import { z } from "zod";

const catalog = ky.create({ prefixUrl: "https://catalog.leafhouse.example/api", timeout: 10_000 });

const BlendLine = z.object({
  sku: z
    .string()
    .regex(/^[A-Z]{3}-\d{4}$/)
    .refine(async (sku) => (await catalog.head(`skus/${sku}`)).ok, "unknown SKU"),
  grams: z.number().int().positive(),
});

const BlendRequest = z.object({
  name: z.string().min(3),
  lines: z.array(BlendLine).min(2).max(6),
});

const mixBlend = task(async function mixBlend(name: string, lines: { sku: string; grams: number }[]) {
  const res = await catalog.post("blends", { json: { name, lines } }).json<{ blendId: string }>();
  return res.blendId;
});

export const main = workflow(async (request: { name: string; lines: { sku: string; grams: number }[] }) => {
  const blend = await BlendRequest.parseAsync(request); // expect: WAC101
  const blendId = await mixBlend(blend.name, blend.lines);
  return { blendId, lines: blend.lines.length };
});
