// SDK: windmill-client 1.818.0 client.mjs: step() encodes its result with a replacer mapping undefined to null and hands back the decoded value, so the empty slots come back as null and `slot !== undefined` keeps them
import { task, workflow, step } from "windmill-client";

type Page = { n: number; bleedMm: number };
type Slot = { page: number; x: number; y: number; rotate: 0 | 180 };

const renderSignature = task(async (jobId: string, signature: number, slots: Slot[]) => {
  const r = await fetch(`https://prepress.inkwell-print.example/jobs/${jobId}/signatures/${signature}`, {
    method: "POST",
    body: JSON.stringify({ slots }),
  });
  return (await r.json()).plateId as string;
});

function layout(pages: Page[], perSheet: number): (Slot | undefined)[] {
  const slots: (Slot | undefined)[] = new Array(perSheet).fill(undefined);
  pages.slice(0, perSheet).forEach((p, i) => {
    if (p.bleedMm < 3) return;
    slots[i] = { page: p.n, x: (i % 4) * 210, y: Math.floor(i / 4) * 297, rotate: i >= 4 ? 180 : 0 };
  });
  return slots;
}

export const main = workflow(async (jobId: string, pages: Page[], perSheet: 8 | 16 = 16) => {
  const plates: string[] = [];
  for (let sig = 0; sig * perSheet < pages.length; sig++) {
    const chunk = pages.slice(sig * perSheet, (sig + 1) * perSheet);
    const slots = await step("impose", () => layout(chunk, perSheet));
    const placed = slots.filter((slot): slot is Slot => slot !== undefined); // expect: WAC107
    plates.push(await renderSignature(jobId, sig + 1, placed));
  }
  return { jobId, plates };
});
