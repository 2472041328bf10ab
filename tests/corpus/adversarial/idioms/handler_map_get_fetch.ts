// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body is re-run on every replay; the handler taken from the `Map` posts with `fetch` in the body.
import { task, workflow } from "windmill-client";

const postSlack = (text: string) => fetch("https://hooks.slack.example.com/x", { method: "POST", body: text });
const postTeams = (text: string) => fetch("https://teams.example.com/hook", { method: "POST", body: text });

const handlers = new Map<string, (text: string) => Promise<Response>>([
  ["slack", postSlack],
  ["teams", postTeams],
]);

const close = task(async function close(id: string) {
  return `incident ${id} closed`;
});

export const main = workflow(async (id: string, channel: string) => {
  const text = await close(id);
  await handlers.get(channel)?.(text); // expect: WAC101
  return text;
});
