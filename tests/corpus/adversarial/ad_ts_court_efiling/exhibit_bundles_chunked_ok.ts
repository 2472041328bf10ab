// SDK: windmill-client 1.818.0 client.mjs: `Promise.all` over async chunk workers that await one task after another: each round the workers dispatch their next task in the same microtask order, so `_allocKey` hands out the same keys (`stampExhibit`, `stampExhibit_2`, ...) on every replay
import { task, step, workflow } from "windmill-client";
import _ from "lodash";
import { createHash } from "node:crypto";

type Exhibit = { exhibitNo: string; fileUrl: string; sealed: boolean };

const stampExhibit = task(async (caseNumber: string, ex: Exhibit) => {
  const r = await fetch("https://dms.lawfirm.example/api/stamp", {
    method: "POST",
    body: JSON.stringify({ caseNumber, exhibitNo: ex.exhibitNo, fileUrl: ex.fileUrl, watermark: ex.sealed ? "SEALED" : "EXHIBIT" }),
  });
  return (await r.json()).stampedUrl as string;
});

const buildBundle = task(async (caseNumber: string, urls: string[]) => {
  const r = await fetch("https://dms.lawfirm.example/api/bundles", {
    method: "POST",
    body: JSON.stringify({ caseNumber, parts: urls }),
  });
  return (await r.json()) as { bundleUrl: string; pages: number };
});

export const main = workflow(async (caseNumber: string, exhibits: Exhibit[], workers = 3) => {
  const ordered = _.sortBy(exhibits, (e) => e.exhibitNo);
  const fingerprint = createHash("sha256").update(JSON.stringify(ordered.map((e) => e.exhibitNo))).digest("hex").slice(0, 12);
  const lanes = _.chunk(ordered, Math.ceil(ordered.length / Math.max(workers, 1)));
  const stamped = await Promise.all(
    lanes.map(async (lane) => {
      const urls: string[] = [];
      for (const ex of lane) urls.push(await stampExhibit(caseNumber, ex));
      return urls;
    }),
  );
  const bundle = await buildBundle(caseNumber, stamped.flat());
  return await step("summary", () => ({ caseNumber, fingerprint, exhibits: ordered.length, ...bundle }));
});
