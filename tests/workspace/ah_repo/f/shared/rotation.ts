export interface Engineer {
  handle: string;
  tz: string;
}

export function pickNext(pool: Engineer[], previous: string): Engineer {
  const candidates = pool.filter((e) => e.handle !== previous);
  return candidates[Math.floor(Math.random() * candidates.length)];
}

export function pickByShift(pool: Engineer[], shift: number): Engineer {
  return pool[((shift % pool.length) + pool.length) % pool.length];
}
