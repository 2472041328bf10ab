// SDK: windmill-client 1.818.0 index.mjs: the default export is the `wmill` object holding `step`, `task`, ...; Windmill's WAC parser only recognises the bare imported names, so `wmill.step(...)` is not drawn as a step
import wmill from "windmill-client";
import { task, workflow } from "windmill-client";
import { createHash } from "node:crypto";

type Filing = { caseNumber: string; court: string; documentUrl: string; docType: "motion" | "brief" | "exhibit" };

const EFSP = "https://efsp.courtfile.example/api/v4";

const downloadDocument = task(async (url: string) => {
  const r = await fetch(url);
  const buf = Buffer.from(await r.arrayBuffer());
  return { base64: buf.toString("base64"), sha256: createHash("sha256").update(buf).digest("hex") };
});

const submitEnvelope = task(async (filing: Filing, base64: string, sha256: string) => {
  const r = await fetch(`${EFSP}/envelopes`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": process.env.EFSP_KEY ?? "" },
    body: JSON.stringify({ ...filing, document: base64, checksum: sha256 }),
  });
  return (await r.json()) as { envelopeId: string; status: "queued" | "rejected" };
});

const envelopeStatus = task(async (envelopeId: string) => {
  const r = await fetch(`${EFSP}/envelopes/${envelopeId}`);
  return (await r.json()) as { status: "queued" | "accepted" | "rejected"; stampedUrl?: string };
});

export const main = workflow(async (filings: Filing[]) => {
  const envelopes: { caseNumber: string; envelopeId: string }[] = [];
  for (const f of filings) {
    const doc = await downloadDocument(f.documentUrl);
    const env = await submitEnvelope(f, doc.base64, doc.sha256);
    if (env.status === "queued") envelopes.push({ caseNumber: f.caseNumber, envelopeId: env.envelopeId });
  }
  await wmill.sleep(900); // expect: WAC002
  const results = await Promise.all(envelopes.map((e) => envelopeStatus(e.envelopeId)));
  const summary = await wmill.step("summary", () => ({ // expect: WAC002
    accepted: results.filter((r) => r.status === "accepted").length,
    rejected: results.filter((r) => r.status === "rejected").length,
  }));
  return summary;
});
