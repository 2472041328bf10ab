import { task, workflow } from "windmill-client";

import mailer from "/f/common/mailer.ts";

const deliver = task(async (to: string, body: string) => {
  return await mailer.send(to, body);
});

export const main = workflow(async (to: string, body: string) => {
  const preview = mailer.format(to, body);
  return await deliver(to, preview);
});
