// SDK: windmill-client 1.818.0: a module-level S3Client only builds config (no request); every send() runs in a task; bigint and Buffer are turned into strings before returning
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { createHash } from "node:crypto";
import { step, task, workflow } from "windmill-client";

const s3 = new S3Client({ region: "eu-west-3" });

type Case = { sku: string; bottles: number; lot: string };

const uploadManifest = task(async (key: string, body: string) => {
  const digest = createHash("sha256").update(body).digest("hex");
  await s3.send(new PutObjectCommand({ Bucket: "export-manifests", Key: key, Body: body, ContentType: "text/csv" }));
  return { key, digest };
});

const fetchOrder = task(async (orderId: string): Promise<{ importer: string; cases: Case[] }> => {
  const r = await fetch(`https://erp.example-vines.io/export-orders/${orderId}`);
  if (!r.ok) throw new Error(`order ${orderId}: ${r.status}`);
  return await r.json();
});

function toCsv(cases: Case[]): string {
  const lines = ["sku,lot,bottles"];
  for (const c of [...cases].sort((a, b) => (a.sku + a.lot).localeCompare(b.sku + b.lot))) {
    lines.push(`${c.sku},${c.lot},${c.bottles}`);
  }
  return lines.join("\n");
}

export const main = workflow(async (orderId: string) => {
  const order = await fetchOrder(orderId);
  const csv = toCsv(order.cases);
  const bottleCount = await step("bottle_count", () => {
    const total = order.cases.reduce((acc, c) => acc + BigInt(c.bottles), 0n);
    return total.toString();
  });
  const uploaded = await uploadManifest(`manifests/${order.importer}/${orderId}.csv`, csv);
  return { ...uploaded, bottles: Number(bottleCount) };
});
