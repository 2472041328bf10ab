// SDK: windmill-client 1.818.0 client.mjs _waitForApproval: `timeout` is passed to the server as given; the string "86400" is not the number of seconds it expects.
import { task, waitForApproval, workflow } from "windmill-client";

const ship = task(async (orderId: string) => ({ orderId }));

export const main = workflow(async (orderId: string) => {
  const d = await waitForApproval({ timeout: "86400" as any }); // expect: WAC302
  if (!d.approved) return null;
  return await ship(orderId);
});
