// Route support tickets: grouped cases fall through, a `default` catches the
// rest, and a loop over attachments stops at the first infected file.
import { task, workflow } from "windmill-client";

const scanAttachment = task(async (url: string) => {
  const res = await fetch("https://av.example/scan", { method: "POST", body: url });
  return (await res.json()) as { infected: boolean };
});
const escalate = task(async (ticketId: string, team: string) => {
  await fetch(`https://desk.example/tickets/${ticketId}/escalate`, { method: "POST", body: team });
});
const autoReply = task(async (ticketId: string) => {
  await fetch(`https://desk.example/tickets/${ticketId}/auto-reply`, { method: "POST" });
});
const quarantine = task(async (ticketId: string) => {
  await fetch(`https://desk.example/tickets/${ticketId}/quarantine`, { method: "POST" });
});

export const main = workflow(async (ticketId: string, priority: string, attachments: string[]) => {
  for (const url of attachments) {
    const scan = await scanAttachment(url);
    if (scan.infected) {
      await quarantine(ticketId);
      break;
    }
  }
  switch (priority) {
    case "urgent":
    case "high":
      await escalate(ticketId, "tier2");
      break;
    case "normal":
      await autoReply(ticketId);
    // falls through: normal tickets are also queued for tier 1
    default:
      await escalate(ticketId, "tier1");
  }
  return { ticketId };
});
