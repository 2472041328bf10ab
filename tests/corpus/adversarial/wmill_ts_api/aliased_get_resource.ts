// SDK: windmill-client 1.818.0 client.mjs getResource(): a ResourceService read; the alias does not change what it does.
import { getResource as loadResource, task, workflow } from "windmill-client";

const send = task(async (cfg: { host: string }, msg: string) => ({ host: cfg.host, msg }));

export const main = workflow(async (msg: string) => {
  const smtp = await loadResource("f/mail/smtp"); // expect: WAC101
  return await send(smtp, msg);
});
