// SDK: windmill-client 1.818.0 runs the workflow body again after every task; a getter that returns fetch(...) requests on each read
import { task, workflow } from "windmill-client";

type Manifest = { version: string; services: string[] };

class ReleaseTrain {
  constructor(private readonly manifestUrl: string) {}

  get manifest(): Promise<Manifest> {
    return fetch(this.manifestUrl).then((r) => r.json() as Promise<Manifest>);
  }
}

const deployService = task(async (service: string, version: string) => {
  const res = await fetch(`https://deployer.internal/services/${service}/deploy`, {
    method: "POST",
    body: JSON.stringify({ version }),
  });
  if (!res.ok) throw new Error(`deploy of ${service} failed: ${res.status}`);
  return { service, version };
});

export const main = workflow(async (manifestUrl: string) => {
  const train = new ReleaseTrain(manifestUrl);
  const { version, services } = await train.manifest; // expect: WAC101
  const done = [];
  for (const service of services) {
    done.push(await deployService(service, version));
  }
  return done;
});
