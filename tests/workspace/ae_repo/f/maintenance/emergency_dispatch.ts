// Emergency maintenance (burst pipes, no heat): dispatch the first vendor that accepts.
import { taskScript, task, workflow, sleep } from "/f/platform/wac.ts";
import { attempt } from "/f/platform/safe.ts";
import { SCRIPTS } from "/f/platform/paths.ts";

const dispatchVendor = taskScript(SCRIPTS.dispatchVendor, { timeout: 300 });

const vendorsFor = task(async (category: string): Promise<string[]> => {
  const resp = await fetch(`https://pms.internal/vendors?category=${category}&emergency=1`);
  return (await resp.json()) as string[];
});

const accepted = task(async (jobId: string): Promise<boolean> => {
  const resp = await fetch(`https://pms.internal/jobs/${jobId}`);
  return ((await resp.json()) as { status: string }).status === "accepted";
});

export const main = workflow(async (ticketId: string, category: string) => {
  const vendors = await vendorsFor(category);
  for (const vendor of vendors) {
    const jobId = await attempt(() => // expect: WAC202
      dispatchVendor({ ticketId, vendor, priority: 1 }), // expect: WAC402
    );
    if (!jobId) continue;
    await sleep(900);
    if (await accepted(jobId)) {
      return { ticketId, vendor, jobId };
    }
  }
  return { ticketId, vendor: null };
});
