// SDK: windmill-client 1.818.0 TaskOptions.tag is copied into the dispatched step; routing by tag needs no worker read in the body
import { task, workflow } from "windmill-client";
import os from "node:os";

const runOnGpu = task(
  async (modelId: string, inputUri: string) => {
    console.log(`running on ${os.hostname()} with ${os.cpus().length} cpus`);
    const res = await fetch(`https://inference.internal/gpu/${modelId}`, { method: "POST", body: inputUri });
    return ((await res.json()) as { outputUri: string }).outputUri;
  },
  { tag: "gpu" },
);

const runOnCpu = task(async (modelId: string, inputUri: string) => {
  const res = await fetch(`https://inference.internal/cpu/${modelId}`, { method: "POST", body: inputUri });
  return ((await res.json()) as { outputUri: string }).outputUri;
});

const storeResult = task(async (modelId: string, outputUri: string) => {
  await fetch(`https://registry.internal/runs`, { method: "POST", body: JSON.stringify({ modelId, outputUri }) });
  return outputUri;
});

export const main = workflow(async (modelId: string, inputUri: string, useGpu: boolean = true) => {
  const outputUri = useGpu ? await runOnGpu(modelId, inputUri) : await runOnCpu(modelId, inputUri);
  return await storeResult(modelId, outputUri);
});
