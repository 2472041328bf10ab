// Shared option objects.
export const STAMPED = { stamp: true } as const;
export const PLAIN = { stamp: false } as const;
