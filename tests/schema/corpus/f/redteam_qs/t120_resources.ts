import * as wmill from "windmill-client";

type Postgresql = { host: string; port: number };

export async function main(
  a: wmill.Resource<"postgresql">,
  b: RT.Postgresql[],
  c: Resource<"c_custom">[],
  d: Postgresql | undefined,
  e?: RT.Slack,
  f: wmill.S3Object[] = [],
) {
  return a;
}
