// Copy a dataset to a lab's scratch over the DTNs, then hand the rest to Globus.
import { step, workflow } from "windmill-client";
import { Globus, Lease, policy } from "/f/rcc/kit/index.ts";
import { copyChunk } from "/f/rcc/kit/tasks.ts";

const GLOBUS = "https://transfer.api.globus.org";

export const main = workflow(
  async (src: string, dst: string, paths: string[], leaseNode: string, leaseUntilMs: number) => {
    const globus = new Globus(GLOBUS);
    const lease = new Lease(leaseNode, leaseUntilMs);
    if (lease.expired) { // expect: WAC102
      return { skipped: lease.label };
    }
    const label = globus.label(src, dst);
    const copied = await policy.run(() => copyChunk(label, paths)); // expect: WAC202
    const items = paths.map((p) => ({ source_path: p, destination_path: p }));
    const submitted = await globus.submitTransfer(src, dst, items); // expect: WAC101
    const status = await step("status", () => globus.taskStatus(submitted.task_id));
    return { copied, status };
  },
);
