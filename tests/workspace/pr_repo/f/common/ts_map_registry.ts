export type Handler = (payload: unknown) => Promise<unknown>;

export const handlers = new Map<string, Handler>();
