// SDK: windmill-client 1.818.0 client.mjs: an Effect program of pure steps (succeed / map / flatMap / Either validation) run with runSync in the body does no I/O.
import { Effect, Either } from "effect";
import { task, workflow } from "windmill-client";

const validateQty = (qty: number) => (qty > 0 && Number.isInteger(qty) ? Either.right(qty) : Either.left(`bad qty ${qty}`));

const normalize = (symbol: string, qty: number) =>
  Effect.succeed(symbol.trim().toUpperCase()).pipe(
    Effect.flatMap((s) => (s.length > 0 ? Effect.succeed({ symbol: s, qty }) : Effect.fail("empty symbol"))),
  );

const placeOrder = task(async (symbol: string, qty: number) => ({ symbol, qty }));

export const main = workflow(async (symbol: string, qty: number) => {
  const checked = validateQty(qty);
  if (Either.isLeft(checked)) return { error: checked.left };
  const order = Effect.runSync(Effect.either(normalize(symbol, checked.right)));
  if (Either.isLeft(order)) return { error: order.left };
  return await placeOrder(order.right.symbol, order.right.qty);
});
