type Handler = (payload: unknown) => Promise<unknown>;

export const registry: Record<string, Handler> = {};

export function register(name: string, handler: Handler): void {
  registry[name] = handler;
}
