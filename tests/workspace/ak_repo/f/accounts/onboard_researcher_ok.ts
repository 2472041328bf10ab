// Give a new researcher a cluster login under their PI's account and mail the PI.
import { step, task, workflow } from "windmill-client";
import { clock, slurm } from "/f/rcc/kit/index.ts";
import { notifyPi, provision } from "/f/rcc/kit/tasks.ts";

const associate = task(async (uniqname: string, piAccount: string) => {
  await slurm.addAssociation(uniqname, piAccount);
  return { uniqname, piAccount };
});

export const main = workflow(async (uniqname: string, piAccount: string, piEmail: string) => {
  const requestedAt = await step("requested_at", () => clock.iso(clock.now()));
  await provision({ uid: uniqname, pi_group: piAccount });
  await associate(uniqname, piAccount);
  const header = slurm.sbatchHeader(piAccount, "standard");
  const inDays = clock.days(7);
  await step("welcome", () => ({ header, requestedAt, inDays }));
  await notifyPi({ pi_email: piEmail, subject: `New member ${uniqname}`, body: header });
  return { uniqname, requestedAt };
});
