// SDK: windmill-client 1.818.0 client.mjs: outside a workflow ctx, taskScript/waitForApproval throw ("can only be called inside a workflow()"); Windmill runs main itself.
import { task, waitForApproval, workflow } from "windmill-client";

const draftContract = task(async (client: string) => ({ client, pages: 14 }));
const sendForSignature = task(async (client: string) => ({ client, envelope: "env_1" }));

export const main = workflow(async (client: string) => {
  const draft = await draftContract(client);
  await waitForApproval({ timeout: 86400 });
  return { ...draft, ...(await sendForSignature(client)) };
});

if (import.meta.main) {
  console.log(await main("acme")); // expect: WAC006
}
