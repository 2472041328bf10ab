// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a superagent request in the body is sent again on every replay.
import superagent from "superagent";
import { task, workflow } from "windmill-client";

const build = task(async (ticket: string) => ({ ticket, summary: "disk full" }));

export const main = workflow(async (ticket: string) => {
  const t = await build(ticket);
  const res = await superagent.post("https://status.example.com/incidents").send(t); // expect: WAC101
  return { status: res.status };
});
