// SDK: windmill-client 1.818.0 client.mjs: a task's arguments reach `_nextStep(name, script, args, ...)` as one `args` object, so a parameter called `name` is fine in TypeScript.
import { task, taskScript, workflow } from "windmill-client";

const createAccount = task(async (name: string, email: string) => ({ name, email, id: "acc_1" }));
const createFolder = taskScript("f/drive/create_folder");

export const main = workflow(async (name: string, email: string) => {
  const account = await createAccount(name, email);
  const folder = await createFolder({ name, owner: email });
  return { accountId: account.id, folder };
});
