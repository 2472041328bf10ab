// SDK: windmill-client 1.818.0 client.mjs taskScript(): the object argument is the other script's inputs and crosses JSON; the Map from `Map.groupBy` arrives as `{}`.
import { task, taskScript, workflow } from "windmill-client";

type Ticket = { id: string; team: string; priority: number };

const buildReport = taskScript("f/support/weekly_report");

const loadTickets = task(async (week: string): Promise<Ticket[]> => {
  const res = await fetch(`https://helpdesk.example.com/tickets?week=${week}`);
  return (await res.json()) as Ticket[];
});

export const main = workflow(async (week: string) => {
  const tickets = await loadTickets(week);
  const byTeam = Map.groupBy(tickets, (t) => t.team);
  return await buildReport({ week, byTeam }); // expect: WAC107
});
