// SDK: windmill-client 1.818.0 client.mjs: _waitForApproval allocates `options.key` and throws "WAC step key ... is already used" when the same explicit key comes round a second time, which the loop does for the second late team
import { getApprovalUrls, sleep, step, task, waitForApproval, workflow } from "windmill-client";

type Team = { id: string; name: string; captainEmail: string; table: number };

const checkIn = task(async (teamId: string) => {
  const r = await fetch(`https://desk.hackday.example/api/checkins/${teamId}`);
  return ((await r.json()) as { status: "present" | "late" | "absent" }).status;
});

const nudgeCaptain = task(async (team: Team) => {
  await fetch("https://mail.hackday.example/send", {
    method: "POST",
    body: JSON.stringify({ to: team.captainEmail, template: "where-are-you" }),
  });
  return true;
});

const releaseTable = task(async (table: number) => {
  const r = await fetch(`https://desk.hackday.example/api/tables/${table}/release`, { method: "POST" });
  return r.ok;
});

export const main = workflow(async (teams: Team[], graceMinutes: number = 30) => {
  const released: number[] = [];
  const excused: string[] = [];
  for (const team of teams) {
    const status = await checkIn(team.id);
    switch (status) {
      case "present":
        continue;
      case "late":
        await nudgeCaptain(team);
        await sleep(graceMinutes * 60);
      // falls through: a team still missing after the grace period needs an organiser's call
      case "absent": {
        const urls = await step("organiser_urls", () => getApprovalUrls("organiser_excuse"));
        console.log(`excuse ${team.name}? ${urls.approvalPage}`);
        const decision = await waitForApproval({ key: "organiser_excuse", timeout: 3600 }); // expect: WAC303
        if (decision.approved) {
          excused.push(team.id);
        } else {
          await releaseTable(team.table);
          released.push(team.table);
        }
      }
    }
  }
  return { released, excused };
});
