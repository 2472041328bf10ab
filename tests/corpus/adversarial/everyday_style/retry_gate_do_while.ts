// SDK: windmill-client 1.818.0 client.mjs _waitForApproval: a rejected first round loops back to the same explicit key, which throws 'WAC step key "rollout" is already used'.
import { task, waitForApproval, workflow } from "windmill-client";

const rollout = task(async (version: string) => ({ version, ok: true }));

export const main = workflow(async (version: string) => {
  let rounds = 0;
  do {
    const gate = await waitForApproval({ key: "rollout", timeout: 3600 }); // expect: WAC303
    if (gate.approved) break;
    rounds++;
  } while (rounds < 3);
  return await rollout(version);
});
