// Train a churn model on a GPU worker, evaluate it, and only promote it to
// production if it beats the current model.
import { task, taskScript, workflow } from "windmill-client";
import { $ } from "bun";

const loadFeatures = taskScript("f/ml/load_features", { timeout: 1200, tag: "etl" });

const trainModel = task(
  async (featuresUri: string, epochs: number) => {
    await $`python -m churn.train --features ${featuresUri} --epochs ${epochs} --out /tmp/model`;
    return { artifact: "s3://models/churn/candidate", epochs };
  },
  { timeout: 7200, tag: "gpu" },
);

const evaluateModel = task(
  async (artifact: string, holdoutUri: string) => {
    return (await $`python -m churn.evaluate ${artifact} ${holdoutUri}`.json()) as { auc: number };
  },
  { timeout: 1800, tag: "gpu" },
);

const currentProductionAuc = task(async (): Promise<number> => {
  const res = await fetch("https://registry.example/api/models/churn/production");
  return (await res.json()).metrics.auc;
});

const promote = task(async (artifact: string, auc: number) => {
  await fetch("https://registry.example/api/models/churn/promote", { method: "POST", body: JSON.stringify({ artifact, auc }) });
});

export const main = workflow(async (snapshotDate: string, epochs: number = 20) => {
  const features = await loadFeatures({ snapshot_date: snapshotDate });
  const model = await trainModel(features.train_uri, epochs);
  const metrics = await evaluateModel(model.artifact, features.holdout_uri);
  const baseline = await currentProductionAuc();
  if (metrics.auc > baseline + 0.005) {
    await promote(model.artifact, metrics.auc);
    return { promoted: true, auc: metrics.auc, baseline };
  }
  return { promoted: false, auc: metrics.auc, baseline };
});
