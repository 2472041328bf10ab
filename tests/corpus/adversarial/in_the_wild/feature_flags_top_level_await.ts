// SDK: windmill-client 1.818.0 client.mjs: every round runs the module again (the workflow body replays from the top in a fresh process), so an awaited fetch at top level is sent again each round.
import { task, workflow } from "windmill-client";

const res = await fetch("https://flags.example.com/api/flags"); // expect: WAC101
const flags: Record<string, boolean> = await res.json();

const send = task(async (userId: string, variant: string) => ({ userId, variant, sent: true }));

export const main = workflow(async (userId: string) => {
  return await send(userId, flags["new-onboarding"] ? "b" : "a");
});
