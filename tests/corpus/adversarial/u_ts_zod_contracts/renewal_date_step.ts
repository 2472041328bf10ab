// SDK: windmill-client 1.818.0 step() (client.mjs _runInlineStep: the result is JSON-encoded into the checkpoint and the decoded value returned, so a Date becomes a string in every round)
import { z } from "zod";
import { task, step, sleep, workflow } from "windmill-client";

const Contract = z.object({ id: z.string(), renewsOn: z.coerce.date(), owner: z.string().email() });

const remind = task(async function remind(owner: string, contractId: string) {
  await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to: owner, template: "renewal_reminder", contractId }),
  });
});

export const main = workflow(async (contractId: string) => {
  const contract = await step("load_contract", async () => {
    const res = await fetch(`https://contracts.internal/${contractId}`);
    return Contract.parse(await res.json()); // expect: WAC107
  });
  const now = await step("now", () => Date.now());
  const waitSeconds = Math.max(0, (contract.renewsOn.getTime() - 30 * 864e5 - now) / 1000);
  await sleep(waitSeconds);
  await remind(contract.owner, contract.id);
  return { contractId, remindedAt: contract.renewsOn };
});
