import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

namespace Billing {
  export interface Charge {
    id: string;
    cents: number;
  }
}
enum Mode {
  Fast = "fast",
  Safe = "safe",
}
enum Level {
  Low,
  High = 5,
}
type Postgresql = { host: string; port: number; user: string };
type Color = "red" | "green" | "blue";

const t = task(async (x: string) => x);

export const main = workflow(async (
  charge: Billing.Charge,
  db: Postgresql,
  s3: wmill.S3Object,
  mode: Mode = Mode.Safe,
  level: Level = Level.High,
  color: Color = "green",
  colors: Color[] = ["red"],
  literalArr: ("a" | "b")[] = [],
  nested: { a: { b: { c: number[] } }; d?: boolean } = { a: { b: { c: [1] } } },
  maybe?: string,
  count: number | undefined = undefined,
  nul: string | null = null,
  neg: number = -3.5,
  lit: 1 | 2 | 3 = 2,
  ro: readonly string[] = [],
  obj: { readonly a: string; "quoted-key": number } = { a: "x", "quoted-key": 1 },
  tuple: [string, number] = ["a", 1],
  multi: string = `a
b`,
) => {
  return await t(color);
});
