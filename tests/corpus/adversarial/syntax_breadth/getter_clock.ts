// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; a getter that reads `Date.now()` evaluates in the body each time, so the deadline check can flip between replays.
import { task, workflow } from "windmill-client";

class Deadline {
  constructor(private readonly at: number) {}

  get expired(): boolean {
    return Date.now() > this.at;
  }
}

const loadOffer = task(async (offerId: string) => ({ offerId, expiresAt: 1_767_225_600_000 }));
const acceptOffer = task(async (offerId: string) => ({ accepted: true }));
const expireOffer = task(async (offerId: string) => ({ accepted: false }));

export const main = workflow(async (offerId: string) => {
  const offer = await loadOffer(offerId);
  const deadline = new Deadline(offer.expiresAt);
  if (deadline.expired) { // expect: WAC102
    return await expireOffer(offerId);
  }
  return await acceptOffer(offerId);
});
