// SDK: windmill-client 1.818.0 client.mjs _allocKey: a key built from Date.now() differs every round, so the completed step is never found.
import { step, task, workflow } from "windmill-client";

const generateReport = task(async (team: string) => ({ team, url: `https://reports.example.com/${team}` }));

export const main = workflow(async (team: string) => {
  const runTag = Date.now().toString(36); // expect: WAC102
  const report = await generateReport(team);
  const shortUrl = await step(`shorten-${runTag}`, async () => { // expect: WAC103
    const res = await fetch("https://sho.rt/api", { method: "POST", body: report.url });
    return await res.text();
  });
  return { ...report, shortUrl };
});
