import { createLocal, createSender } from "./sender_factory.ts";

export const outbound = createSender("hook");
export const local = createLocal();
