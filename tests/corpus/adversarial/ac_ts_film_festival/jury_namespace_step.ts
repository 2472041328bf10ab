// SDK: windmill-client 1.818.0 + windmill-oracle dag: the WAC parser matches the bare names `task` / `step`; `wmill.step(...)` through the namespace import is not seen, even with the named imports beside it
import * as wmill from "windmill-client";
import { task, workflow, waitForApproval, getResumeUrls } from "windmill-client";

interface Film {
  id: string;
  title: string;
  runtimeMin: number;
  section: "competition" | "shorts" | "documentary";
}

const assignJurors = task(async (section: string, filmIds: string[]) => {
  const r = await fetch(`https://jury.reelfest.example/api/sections/${section}/assignments`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ filmIds }),
  });
  return (await r.json()) as { juror: string; filmIds: string[] }[];
});

const emailJuror = task(async (juror: string, filmIds: string[], approvalPage: string) => {
  await fetch("https://mail.reelfest.example/send", {
    method: "POST",
    body: JSON.stringify({ to: juror, template: "jury-pack", filmIds, approvalPage }),
  });
  return juror;
});

const publishLineup = task(async (section: string, filmIds: string[]) => {
  await fetch(`https://cms.reelfest.example/sections/${section}/lineup`, { method: "PUT", body: JSON.stringify({ filmIds }) });
  return { published: filmIds.length };
});

export const main = workflow(async (section: "competition" | "shorts" | "documentary", films: Film[]) => {
  const eligible = await wmill.step("eligible", () => // expect: WAC002
    films.filter((f) => (section === "shorts" ? f.runtimeMin <= 40 : f.runtimeMin > 40)).map((f) => f.id),
  );
  const assignments = await assignJurors(section, eligible);
  const urls = await wmill.step("urls", () => getResumeUrls()); // expect: WAC002

  for (const a of assignments) {
    await emailJuror(a.juror, a.filmIds, urls.approvalPage);
  }

  const decision = await waitForApproval({ timeout: 7 * 24 * 3600 });
  const picked = (decision as { value?: { filmIds?: string[] } }).value?.filmIds ?? eligible;
  return await publishLineup(section, picked);
});
