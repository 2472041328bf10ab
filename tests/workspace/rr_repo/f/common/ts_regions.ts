export const REGIONS = new Set(["eu-west-1", "us-east-1", "ap-south-1"]);
export const RUN_ID = crypto.randomUUID();
export const BUILD = "2026.12";
