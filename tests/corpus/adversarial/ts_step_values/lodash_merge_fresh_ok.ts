// SDK: windmill-client 1.818.0 client.mjs: `_.merge({}, config, remote)` builds a new object from the task's checkpointed result and the input; nothing of the body is changed in a callback.
import _ from "lodash";
import { task, workflow } from "windmill-client";

type Config = { replicas: number; image: string; env: { [k: string]: string } };

const fetchRemoteDefaults = task(async (service: string) => ({ replicas: 2, env: { LOG_LEVEL: "info", SERVICE: service } }));
const deploy = task(async (service: string, cfg: Config) => ({ service, replicas: cfg.replicas, image: cfg.image }));

export const main = workflow(async (service: string, config: Config) => {
  const remote = await fetchRemoteDefaults(service);
  const merged: Config = _.merge({}, config, remote);
  return await deploy(service, merged);
});
