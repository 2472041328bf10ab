// Barrel of the growth kit.
export * from "./clock.ts";
export { sendEmail as deliverEmail, probeApi, probeSmtp } from "./tasks.ts";
export { fingerprint, shortId } from "./hash.ts";
