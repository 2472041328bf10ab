// SDK: windmill-client 1.818.0 client.mjs getVariable() fetches the variable over the API each call; in the body it is fetched again on every replay.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const callPartner = task(async (token: string, orderId: string) => ({ orderId, ok: token.length > 0 }));

export const main = workflow(async (orderId: string) => {
  const token = await wmill.getVariable("f/partners/api_token"); // expect: WAC101
  return await callPartner(token, orderId);
});
