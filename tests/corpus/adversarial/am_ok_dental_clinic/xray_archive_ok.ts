// SDK: windmill-client 1.818.0: new Date(input) of a string parameter is deterministic; Buffer and hashes stay inside tasks, only hex strings and numbers leave them
import { createHash } from "node:crypto";
import { task, workflow } from "windmill-client";

const listImages = task(async (clinic: string, olderThan: string) => {
  const r = await fetch(`https://imaging.example-smile.io/${clinic}/studies?before=${olderThan}`);
  if (!r.ok) throw new Error(`list ${r.status}`);
  return (await r.json()) as { studyId: string; url: string; bytes: number }[];
});

const archiveOne = task(async (studyId: string, url: string) => {
  const res = await fetch(url);
  const buf = Buffer.from(await res.arrayBuffer());
  const sha = createHash("sha256").update(buf).digest("hex");
  const put = await fetch(`https://vault.example-smile.io/cold/${studyId}`, { method: "PUT", body: buf, headers: { "x-sha256": sha } });
  if (!put.ok) throw new Error(`archive ${studyId}: ${put.status}`);
  return { studyId, sha, size: buf.byteLength };
});

function cutoff(retentionStart: string, years: number): string {
  const d = new Date(retentionStart);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}

export default workflow(async function main(clinic: string, retentionStart: string, years = 10) {
  const before = cutoff(retentionStart, years);
  const images = await listImages(clinic, before);
  const archived: { studyId: string; sha: string; size: number }[] = [];
  for (const img of images.sort((a, b) => a.studyId.localeCompare(b.studyId))) {
    archived.push(await archiveOne(img.studyId, img.url));
  }
  const totalMb = Math.round(archived.reduce((s, a) => s + a.size, 0) / 1e6);
  return { before, count: archived.length, totalMb };
});
