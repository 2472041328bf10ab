// SDK: windmill-client 1.818.0 workflow()/task() (client.mjs: the body replays every round); valibot 1.x v.optional(schema, default) calls a function default during parse
import * as v from "valibot";
import { task, workflow } from "windmill-client";

const ReportRequest = v.object({
  team: v.string(),
  from: v.optional(v.pipe(v.string(), v.isoDate()), () => new Date(Date.now() - 7 * 864e5).toISOString().slice(0, 10)),
  to: v.optional(v.pipe(v.string(), v.isoDate()), () => new Date().toISOString().slice(0, 10)),
  format: v.optional(v.picklist(["pdf", "csv"]), "pdf"),
});

const buildReport = task(async function buildReport(team: string, from: string, to: string, format: string) {
  const res = await fetch("https://reports.internal/build", {
    method: "POST",
    body: JSON.stringify({ team, from, to, format }),
  });
  return ((await res.json()) as { url: string }).url;
});

const deliver = task(async function deliver(team: string, url: string) {
  await fetch(`https://chat.internal/teams/${team}/messages`, {
    method: "POST",
    body: JSON.stringify({ text: `Your weekly report: ${url}` }),
  });
});

export const main = workflow(async (input: object) => {
  const req = v.parse(ReportRequest, input); // expect: WAC102
  const url = await buildReport(req.team, req.from, req.to, req.format);
  await deliver(req.team, url);
  return { url, range: [req.from, req.to] };
});
