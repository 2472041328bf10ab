// SDK: windmill-client 1.818.0: a step callback may read the clock and randomness (its value is checkpointed); approvals with two different literal keys; getApprovalUrls inside step
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

const draftTimetable = task(async (season: string, route: string) => {
  const r = await fetch(`https://ops.example-ferry.io/timetables/draft?season=${season}&route=${route}`);
  if (!r.ok) throw new Error(`draft ${r.status}`);
  return (await r.json()) as { departures: string[]; vessel: string };
});

const sendMail = task(async (to: string, subject: string, body: string) => {
  const r = await fetch("https://mail.example-ferry.io/send", { method: "POST", body: JSON.stringify({ to, subject, body }) });
  return r.status;
});

const publish = task(async (season: string, route: string, departures: string[], version: string) => {
  const r = await fetch(`https://www.example-ferry.io/api/timetables/${season}/${route}`, {
    method: "PUT",
    body: JSON.stringify({ departures, version }),
  });
  return r.ok;
});

export const main = workflow(async (season: string, route: string, opsManager: string, harbourMaster: string) => {
  const draft = await draftTimetable(season, route);
  const version = await step("version_tag", () => `${season}-${route}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`);
  const opsUrls = await step("ops_urls", () => getApprovalUrls("ops_review", opsManager));
  const harbourUrls = await step("harbour_urls", () => getApprovalUrls("harbour_review", harbourMaster));
  await sendMail(opsManager, `Timetable ${version}`, `${draft.departures.length} departures on ${draft.vessel}: ${opsUrls.resume}`);
  await sendMail(harbourMaster, `Berth slots ${version}`, `Please confirm berth slots: ${harbourUrls.resume}`);
  const ops = await waitForApproval({ key: "ops_review", timeout: 3 * 86400 });
  const harbour = await waitForApproval({ key: "harbour_review", timeout: 3 * 86400 });
  if (!ops.approved || !harbour.approved) return { published: false, version };
  const published = await publish(season, route, draft.departures, version);
  return { published, version };
});
