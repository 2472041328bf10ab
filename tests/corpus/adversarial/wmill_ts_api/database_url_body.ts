// SDK: windmill-client 1.818.0 client.mjs databaseUrlFromResource(): fetches the resource through getResource().
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const migrate = task(async (url: string, version: number) => ({ version, host: new URL(url).host }));

export const main = workflow(async (version: number) => {
  const url = await wmill.databaseUrlFromResource("f/db/main"); // expect: WAC101
  return await migrate(url, version);
});
