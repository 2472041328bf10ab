export type NodeCheck = (node: string) => Promise<{ node: string; ok: boolean }>;

export const HANDLERS: Record<string, NodeCheck> = {};

export function register(kind: string, check: NodeCheck): void {
  HANDLERS[kind] = check;
}
