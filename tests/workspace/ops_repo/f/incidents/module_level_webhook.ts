// SDK: windmill-client 1.818.0; each round runs the module again (the launch post: "the script
// exits" at a suspension), so the top-level POST is sent once per replay.
import { taskScript, workflow } from "windmill-client";

await fetch("https://hooks.example.com/ops", { method: "POST", body: "workflow loaded" }); // expect: WAC101
const openTicket = taskScript("f/ops/open_ticket");

export const main = workflow(async (title: string) => {
  return await openTicket({ title, body: "" });
});
