// SDK: windmill-client 1.818.0 client.mjs: every round is a process of its own; an "exit" listener registered at load runs when each round's process exits, so a line is appended to the shared ledger per round, not per run.
import { appendFileSync } from "node:fs";
import { task, workflow } from "windmill-client";

process.on("exit", (code) => appendFileSync("/shared/ledger.log", `exit ${code}\n`)); // expect: WAC101

const settle = task(async (batch: string) => ({ batch, settled: true }));

export const main = workflow(async (batch: string) => {
  return await settle(batch);
});
