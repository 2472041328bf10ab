// Give a new researcher a cluster login under their PI's account and mail the PI.
import { step, workflow } from "windmill-client";
import { clock, slurm, stepKey } from "/f/rcc/kit/index.ts";
import { notifyPi, provision } from "/f/rcc/kit/tasks.ts";

export const main = workflow(async (uniqname: string, piAccount: string, piEmail: string) => {
  const requestedAt = clock.iso(clock.now()); // expect: WAC102
  await provision({ uid: uniqname, pi_group: piAccount });
  await slurm.addAssociation(uniqname, piAccount); // expect: WAC101
  const header = slurm.sbatchHeader(piAccount, "standard");
  await step(stepKey("welcome", uniqname), () => ({ header, requestedAt })); // expect: WAC103
  await notifyPi({ pi_email: piEmail, subject: `New member ${uniqname}`, body: header });
  return { uniqname, requestedAt };
});
