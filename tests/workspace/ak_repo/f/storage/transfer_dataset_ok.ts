// Copy a dataset to a lab's scratch over the DTNs, then hand the rest to Globus.
import { step, workflow } from "windmill-client";
import { Globus, Lease, safePolicy } from "/f/rcc/kit/index.ts";
import { copyChunk } from "/f/rcc/kit/tasks.ts";

const GLOBUS = "https://transfer.api.globus.org";

export const main = workflow(
  async (src: string, dst: string, paths: string[], leaseNode: string, leaseUntilMs: number) => {
    const globus = new Globus(GLOBUS);
    const lease = new Lease(leaseNode, leaseUntilMs);
    const expired = await step("lease_expired", () => lease.expired);
    if (expired) {
      return { skipped: lease.label };
    }
    const label = globus.label(src, dst);
    const copied = await safePolicy.run(() => copyChunk(label, paths));
    const items = paths.map((p) => ({ source_path: p, destination_path: p }));
    const submitted = await step("submit", () => globus.submitTransfer(src, dst, items));
    const status = await step("status", () => globus.taskStatus(submitted.task_id));
    return { copied, status, link: globus.link(`/task/${submitted.task_id}`) };
  },
);
