// SDK: windmill-client 1.818.0 client.mjs WorkflowCtx._waitForApproval reads options.timeout, form, selfApproval, key, skin, description; `timeoutSeconds` is ignored and the default 1800 s applies.
import { step, taskScript, waitForApproval, workflow } from "windmill-client";

const deploy = taskScript("f/eval/deploy_pipeline");

export const main = workflow(async (service: string, version: string) => {
  const plan = await step("plan", () => ({ service, version, steps: ["build", "push", "rollout"] }));
  const approval = await waitForApproval({ timeoutSeconds: 3600 }); // expect: WAC302
  if (!approval) return { status: "rejected", plan };
  return { status: "deployed", result: await deploy({ service, version }) };
});
