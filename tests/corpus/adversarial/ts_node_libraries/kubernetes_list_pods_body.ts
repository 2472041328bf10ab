// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; listing pods in the body asks the cluster again each replay (the answer changes), while loading the kubeconfig from an input string does no I/O.
import * as k8s from "@kubernetes/client-node";
import { task, workflow } from "windmill-client";

const restart = task(async (pod: string) => ({ pod, restarted: true }));

export const main = workflow(async (kubeconfig: string, namespace: string) => {
  const kc = new k8s.KubeConfig();
  kc.loadFromString(kubeconfig);
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const pods = await core.listNamespacedPod({ namespace }); // expect: WAC101
  const crashing = pods.items.filter((p) => p.status?.phase === "Failed").map((p) => p.metadata?.name ?? "");
  const out = [];
  for (const pod of crashing) out.push(await restart(pod));
  return out;
});
