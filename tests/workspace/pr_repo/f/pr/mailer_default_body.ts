import { workflow } from "windmill-client";

import mailer from "/f/common/mailer.ts";

export const main = workflow(async (to: string, body: string) => {
  const status = await mailer.send(to, body); // expect: WAC101
  return { status };
});
