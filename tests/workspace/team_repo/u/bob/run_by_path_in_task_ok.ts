// SDK: windmill-client 1.818.0 task(fn) runs fn once as its own job; runScriptByPath is called inside it.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const score = task(async (email: string) => {
  return await wmill.runScriptByPath("u/alice/score_lead", { email, signals: {} });
});

export const main = workflow(async (email: string) => {
  return await score(email);
});
