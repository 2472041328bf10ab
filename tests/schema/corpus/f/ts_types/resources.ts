import * as wmill from "windmill-client";
type Postgresql = { host: string; port: number };
export async function main(a: Resource<"postgresql">, b: wmill.Resource<"s3">, c: Postgresql, d: S3Object, e: wmill.S3Object, f: Resource<"a" | "b">, g: Resource, h: MyCustomResource) {}
