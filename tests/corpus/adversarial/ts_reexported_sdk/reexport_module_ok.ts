// SDK: windmill-client 1.818.0 index.d.ts: a workspace module that only re-exports the SDK and adds a pure helper; it has no workflow of its own.
export * from "windmill-client";
export { task as durable } from "windmill-client";

export function stepName(prefix: string, index: number): string {
  return `${prefix}-${index}`;
}
