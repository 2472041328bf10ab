// SDK: windmill-client 1.818.0 replays the body after every task, possibly on another worker; os.hostname() deciding a branch changes the tasks dispatched
import { task, workflow } from "windmill-client";
import os from "node:os";

const runOnGpu = task(async (modelId: string, inputUri: string) => {
  const res = await fetch(`https://inference.internal/gpu/${modelId}`, { method: "POST", body: inputUri });
  return ((await res.json()) as { outputUri: string }).outputUri;
});

const runOnCpu = task(async (modelId: string, inputUri: string) => {
  const res = await fetch(`https://inference.internal/cpu/${modelId}`, { method: "POST", body: inputUri });
  return ((await res.json()) as { outputUri: string }).outputUri;
});

const storeResult = task(async (modelId: string, outputUri: string) => {
  await fetch(`https://registry.internal/runs`, { method: "POST", body: JSON.stringify({ modelId, outputUri }) });
  return outputUri;
});

export const main = workflow(async (modelId: string, inputUri: string) => {
  const onGpuPool = os.hostname().startsWith("gpu-"); // expect: WAC102
  const outputUri = onGpuPool ? await runOnGpu(modelId, inputUri) : await runOnCpu(modelId, inputUri);
  return await storeResult(modelId, outputUri);
});
