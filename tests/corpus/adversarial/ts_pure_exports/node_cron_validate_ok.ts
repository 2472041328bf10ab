// SDK: windmill-client 1.818.0 client.mjs: node-cron's validate checks the expression's syntax (no timer is started); the body only decides whether to register it through a task.
import cron from "node-cron";
import { task, workflow } from "windmill-client";

const registerSchedule = task(async (name: string, expr: string) => ({ name, expr }));

export const main = workflow(async (name: string, expr: string) => {
  if (!cron.validate(expr)) return { error: `invalid cron: ${expr}` };
  return await registerSchedule(name, expr);
});
