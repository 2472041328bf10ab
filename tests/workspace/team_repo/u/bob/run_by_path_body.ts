// SDK: windmill-client 1.818.0 replays the body; runScriptByPath starts a new job on every replay.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const tag = task(async (email: string, score: unknown) => ({ email, score }));

export const main = workflow(async (email: string) => {
  const s = await wmill.runScriptByPath("u/alice/score_lead", { email, signals: {} }); // expect: WAC101
  return await tag(email, s);
});
