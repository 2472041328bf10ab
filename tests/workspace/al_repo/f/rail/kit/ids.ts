// Identifiers.
export const runId = (): string => crypto.randomUUID().slice(0, 8);

export const disruptionKey = (line: string, station: string): string => `${line}-${station}`.toLowerCase();
