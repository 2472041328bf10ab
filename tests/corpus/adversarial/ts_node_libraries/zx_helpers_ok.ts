// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; zx's chalk, YAML and path helpers are pure, and the shell command runs inside a task.
import { $, chalk, path, YAML } from "zx";
import { task, workflow } from "windmill-client";

const deploy = task(async (dir: string) => (await $`ls ${dir}`).stdout.split("\n").length);

export const main = workflow(async (root: string, service: string) => {
  const dir = path.join(root, "services", service);
  const manifest = YAML.stringify({ service, dir });
  console.log(chalk.green(manifest));
  return await deploy(dir);
});
