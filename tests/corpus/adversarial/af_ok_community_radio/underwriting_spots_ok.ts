// SDK: windmill-client 1.818.0 taskScript / taskFlow at module level with options, called with one args object; sleep(seconds) between two airings; a sponsor map built from a task result in the body
import { sleep, taskFlow, taskScript, workflow } from "windmill-client";

const renderSpot = taskScript("f/radio/render_underwriting_spot", { timeout: 600, tag: "audio" });
const scheduleAiring = taskScript("./schedule_airing.ts");
const invoiceSponsor = taskFlow("f/radio/sponsor_invoice");

type Spot = { sponsor: string; copy: string; seconds: number };

export const main = workflow(async (spots: Spot[], hour: number, gapMinutes = 30) => {
  const rendered: { sponsor: string; file: string }[] = [];
  for (const spot of spots) {
    const out = await renderSpot({ sponsor: spot.sponsor, copy: spot.copy, seconds: spot.seconds });
    rendered.push({ sponsor: spot.sponsor, file: out.file });
  }

  const first = await Promise.all(rendered.map((r) => scheduleAiring({ file: r.file, hour, minute: 0 })));
  await sleep(gapMinutes * 60);
  const second = await Promise.all(rendered.map((r) => scheduleAiring({ file: r.file, hour, minute: gapMinutes })));

  const bySponsor = new Map<string, number>();
  for (const r of rendered) bySponsor.set(r.sponsor, (bySponsor.get(r.sponsor) ?? 0) + 2);
  const invoices = [];
  for (const [sponsor, airings] of [...bySponsor].sort(([a], [b]) => a.localeCompare(b))) {
    invoices.push(await invoiceSponsor({ sponsor, airings }));
  }
  return { scheduled: first.length + second.length, invoices: invoices.length };
});
