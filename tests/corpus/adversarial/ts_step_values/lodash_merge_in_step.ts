// SDK: windmill-client 1.818.0 client.mjs: a completed step's callback does not run on replay; `_.merge(config, remote)` changes `config` only in the round that ran it, so later rounds deploy with the unmerged config.
import _ from "lodash";
import { step, task, workflow } from "windmill-client";

type Config = { replicas: number; image: string; env: { [k: string]: string } };

const fetchRemoteDefaults = task(async (service: string) => ({ replicas: 2, env: { LOG_LEVEL: "info", SERVICE: service } }));
const deploy = task(async (service: string, cfg: Config) => ({ service, replicas: cfg.replicas, image: cfg.image }));

export const main = workflow(async (service: string, config: Config) => {
  const remote = await fetchRemoteDefaults(service);
  await step("merge_defaults", () => _.merge(config, remote)); // expect: WAC104
  return await deploy(service, config);
});
