// Notify every member of a team about a schedule change at the same time
// (one task per member, all awaited together), then write a summary.
import { task, workflow, step } from "windmill-client";

type Member = { id: string; device_token: string };

const listMembers = task(async (teamId: string): Promise<Member[]> => {
  return await (await fetch(`https://people.example/api/teams/${teamId}/members`)).json();
});

const notifyMember = task(
  async (member: Member, message: string) => {
    const res = await fetch("https://push.example/api/send", { method: "POST", body: JSON.stringify({ to: member.device_token, body: message }) });
    return { member: member.id, delivered: res.ok };
  },
  { timeout: 60 },
);

const writeSummary = task(async (teamId: string, results: { delivered: boolean }[], sentAt: string) => {
  const delivered = results.filter((r) => r.delivered).length;
  await fetch(`https://people.example/api/teams/${teamId}/notifications`, {
    method: "POST",
    body: JSON.stringify({ sent_at: sentAt, delivered, total: results.length }),
  });
  return { delivered, total: results.length };
});

export const main = workflow(async (teamId: string, message: string) => {
  const members = await listMembers(teamId);
  const sentAt = await step("sent_at", () => new Date().toISOString());
  const results = await Promise.all(members.map((m) => notifyMember(m, message)));
  return await writeSummary(teamId, results, sentAt);
});
