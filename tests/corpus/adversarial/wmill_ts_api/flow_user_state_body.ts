// SDK: windmill-client 1.818.0 client.mjs setFlowUserState(): a JobService request that writes the flow's user state.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const classify = task(async (text: string) => (text.length > 100 ? "long" : "short"));

export const main = workflow(async (text: string) => {
  const label = await classify(text);
  await wmill.setFlowUserState("label", label); // expect: WAC101
  return label;
});
