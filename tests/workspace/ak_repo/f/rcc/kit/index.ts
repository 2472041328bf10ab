// The kit's public surface.
export * as slurm from "./slurm.ts";
export { default as clock } from "./clock.ts";
export * from "./naming.ts";
export * from "./paths.ts";
export { policy, safePolicy } from "./retry.ts";
export { Lease } from "./lease.ts";
export { Globus } from "./globus.ts";
export * from "./opspath.ts";
