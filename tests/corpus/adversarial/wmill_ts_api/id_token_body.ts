// SDK: windmill-client 1.818.0 client.mjs getIdToken(): an OidcService request minting a fresh token each call.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const deploy = task(async (token: string, env: string) => ({ env, ok: token.length > 0 }));

export const main = workflow(async (env: string) => {
  const token = await wmill.getIdToken("sts.amazonaws.com"); // expect: WAC101
  return await deploy(token, env);
});
