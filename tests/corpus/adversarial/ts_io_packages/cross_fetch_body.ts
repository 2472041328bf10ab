// SDK: windmill-client 1.818.0 client.mjs: cross-fetch's default export is fetch; called in the body it requests on every replay.
import fetch from "cross-fetch";
import { task, workflow } from "windmill-client";

const save = task(async (ip: string, country: string) => ({ ip, country }));

export const main = workflow(async (ip: string) => {
  const geo = (await (await fetch(`https://ipapi.co/${ip}/json/`)).json()) as { country: string }; // expect: WAC101
  return await save(ip, geo.country);
});
