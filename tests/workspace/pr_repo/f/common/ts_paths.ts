export const TARGET_ROOT = "f/pr/targets";
