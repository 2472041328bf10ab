import { taskScript } from "windmill-client";

export const refund = taskScript("f/billing/refund");
