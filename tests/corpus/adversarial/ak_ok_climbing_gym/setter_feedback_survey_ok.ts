// SDK: windmill-client 1.818.0: a try/finally without catch around tasks (the suspension passes through); destructuring an approval's result; getApprovalUrls for a literal key in a step
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Route = { id: string; wall: string; grade: string; setter: string };

const collectVotes = task(async (routeIds: string[]) => {
  const res = await fetch("https://app.example-crag.io/api/route-votes", { method: "POST", body: JSON.stringify({ routeIds }) });
  return (await res.json()) as { routeId: string; stars: number; votes: number }[];
});

const sendToHeadSetter = task(async (page: string, worst: string[]) => {
  await fetch("https://chat.example-crag.io/hooks/setting", { method: "POST", body: JSON.stringify({ page, worst }) });
});

const stripRoutes = task(async (routeIds: string[]) => {
  const res = await fetch("https://ops.example-crag.io/api/strip", { method: "POST", body: JSON.stringify({ routeIds }) });
  return res.status;
});

export const main = workflow(async (routes: Route[], minVotes: number = 5) => {
  let phase = "collect";
  try {
    const votes = await collectVotes(routes.map((r) => r.id));
    const rated = votes.filter((v) => v.votes >= minVotes).toSorted((a, b) => a.stars - b.stars || a.routeId.localeCompare(b.routeId, "en"));
    const worst = rated.slice(0, 5).map((v) => v.routeId);
    phase = "review";
    const urls = await step("head_setter_urls", () => getApprovalUrls("head_setter"));
    await sendToHeadSetter(urls.approvalPage, worst);
    const { approved, value } = await waitForApproval({
      key: "head_setter",
      timeout: 3 * 86400,
      form: { type: "object", properties: { keep: { type: "array", items: { type: "string" } } } },
    });
    phase = "strip";
    const keep: string[] = Array.isArray(value?.keep) ? value.keep : [];
    const toStrip = approved ? worst.filter((id) => !keep.includes(id)) : [];
    return { stripped: toStrip.length ? await stripRoutes(toStrip) : null, toStrip };
  } finally {
    console.log(`setter survey ended in phase ${phase}`);
  }
});
