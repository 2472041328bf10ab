import { workflow } from "windmill-client";
import { joinUrl, postJson } from "/f/common/net.ts";

const HANDLERS = { postJson, joinUrl };
const ROUTES = { send: postJson, join: joinUrl };

export const main = workflow(async (url: string, kind: "postJson" | "joinUrl") => {
  const joined = ROUTES.join(url, "x");
  await HANDLERS[kind](joined, {}); // expect: WAC101
  return await ROUTES.send(url, {}); // expect: WAC101
});
