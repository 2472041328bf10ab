// SDK: windmill-client 1.818.0; the body's own postJson / ref shadow the imported ones and touch nothing
import { step, workflow } from "windmill-client";
import { postJson, ref } from "/f/kit/index.ts";

export const main = workflow(async (depot: string, dryRun = true) => {
  const postJson = (path: string, body: unknown) => ({ path, body, sent: false });
  const ref = (prefix: string) => `${prefix}-dry`;
  const preview = postJson("/waves", { depot, batch: ref(depot) });
  if (dryRun) {
    return preview;
  }
  return await step("send", () => sendLive(depot));
});

async function sendLive(depot: string) {
  const { postJson: live } = await import("/f/kit/http.ts");
  return live("/waves", { depot });
}
