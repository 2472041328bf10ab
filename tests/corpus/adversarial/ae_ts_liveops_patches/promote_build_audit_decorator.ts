// SDK: windmill-client 1.818.0 client.mjs: a method of a plain class runs in the replayed body when the body calls it; the `@audited` decorator's wrapper POSTs an audit record before each call, so every replay files another "promoted" entry
import { task, waitForApproval, workflow } from "windmill-client";

function audited(action: string) {
  return function <This, Args extends unknown[], R>(
    target: (this: This, ...args: Args) => Promise<R>,
    _ctx: ClassMethodDecoratorContext<This>,
  ) {
    return async function (this: This, ...args: Args): Promise<R> {
      await fetch("https://audit.stormforge-games.example/events", {
        method: "POST",
        body: JSON.stringify({ action, args }),
      });
      return target.apply(this, args);
    };
  };
}

const setChannel = task(async (channel: "qa" | "beta" | "live", build: string) => {
  await fetch(`https://deploy.stormforge-games.example/channels/${channel}`, {
    method: "PUT",
    body: JSON.stringify({ build }),
  });
  return { channel, build };
});

class ReleaseTrain {
  constructor(readonly build: string) {}

  @audited("promote")  // expect: WAC903
  async promote(channel: "qa" | "beta" | "live") {
    return await setChannel(channel, this.build);
  }
}

export const main = workflow(async (build: string) => {
  const train = new ReleaseTrain(build);
  await train.promote("qa"); // expect: WAC101
  const qa = await waitForApproval({ key: "qa-signoff", timeout: 2 * 86_400 });
  if (!qa.approved) return { build, channel: "qa" };
  await train.promote("beta"); // expect: WAC101
  const prod = await waitForApproval({ key: "prod-signoff", timeout: 86_400 });
  if (!prod.approved) return { build, channel: "beta" };
  await train.promote("live"); // expect: WAC101
  return { build, channel: "live" };
});
