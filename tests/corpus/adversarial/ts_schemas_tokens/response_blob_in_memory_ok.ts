// SDK: windmill-client 1.818.0 client.mjs: Response / Blob / CompressionStream over a string built in the body read only memory (no request is sent: `new Response(x)` is a local object).
import { task, workflow } from "windmill-client";

const upload = task(async (name: string, gzBase64: string) => ({ name, size: gzBase64.length }));

export const main = workflow(async (name: string, rows: { id: string; total: number }[]) => {
  const csv = ["id,total", ...rows.map((r) => `${r.id},${r.total}`)].join("\n");
  const gz = new Blob([csv]).stream().pipeThrough(new CompressionStream("gzip"));
  const bytes = new Uint8Array(await new Response(gz).arrayBuffer());
  const echo = await new Response(JSON.stringify({ rows: rows.length })).json();
  return await upload(`${name}-${echo.rows}.csv.gz`, Buffer.from(bytes).toString("base64"));
});
