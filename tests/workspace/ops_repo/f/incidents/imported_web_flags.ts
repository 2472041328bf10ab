// SDK: windmill-client 1.818.0; /f/web/flags.ts fetches at module load, on each replay's import.
import { taskScript, workflow } from "windmill-client";
import { FLAGS } from "/f/web/flags.ts"; // expect: WAC101

const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string) => {
  return await openTicket({ title, body: "", labels: FLAGS.triage ? ["triage"] : [] });
});
