export const hooks: Record<string, (payload: unknown) => Promise<unknown>> = {};
