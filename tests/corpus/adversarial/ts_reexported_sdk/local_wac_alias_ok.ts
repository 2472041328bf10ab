// SDK: windmill-client 1.818.0 client.mjs: ./wac re-exports windmill-client; only SDK names are taken from it by name and all durable calls are awaited; a helper of the same module is its own.
import { task, workflow, waitForApproval } from "./wac";
import { slugify } from "./wac_helpers";

const publish = task(async (slug: string) => ({ slug, live: true }));

export const main = workflow(async (title: string) => {
  await waitForApproval({ timeout: 3600 });
  return await publish(slugify(title));
});
