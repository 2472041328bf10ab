// SDK: windmill-client 1.818.0 client.mjs: a static method called from the workflow body is body code; its fetch repeats on replay.
import { task, workflow } from "windmill-client";

class Telemetry {
  static endpoint = "https://telemetry.example.com/api/events";
  static async event(name: string, props: Record<string, string>) {
    await fetch(Telemetry.endpoint, { method: "POST", body: JSON.stringify({ name, props }) });
  }
  static label(plan: string) {
    return plan.toUpperCase();
  }
}

const upgradePlan = task(async (accountId: string, plan: string) => ({ accountId, plan }));

export const main = workflow(async (accountId: string, plan: string) => {
  const upgraded = await upgradePlan(accountId, Telemetry.label(plan));
  await Telemetry.event("plan_upgraded", { accountId, plan }); // expect: WAC101
  return upgraded;
});
