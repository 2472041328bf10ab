// SDK: windmill-client 1.818.0 client.mjs: without a key each approval gets `approval`, `approval_2`, ... in call order, so a keyless approval inside the loop is a new step per team and replays to the same key
import { sleep, task, waitForApproval, workflow } from "windmill-client";

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
        console.log(`excuse ${team.name}? see the approval page of this run`);
        const decision = await waitForApproval({ timeout: 3600 });
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
