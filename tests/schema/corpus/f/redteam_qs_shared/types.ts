export type Config = { url: string; retries: number };
export interface Entry { k: string }
