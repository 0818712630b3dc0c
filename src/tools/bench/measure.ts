/** The value below which a share `p` of the sorted samples fall (nearest rank). */
export const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export const mb = (bytes: number): number => bytes / 1048576;

/** Rate per second of `count` things done in `ms`. */
export const perSecond = (count: number, ms: number): number => (ms > 0 ? (count * 1000) / ms : Number.POSITIVE_INFINITY);

export interface DayPeak {
  /** 1-based day of the simulated week. */
  day: number;
  rssMb: number;
  heapMb: number;
  samples: number;
}

/** Peak resident and heap memory per simulated day, sampled by the caller as virtual time passes. */
export function memoryDays(start: Date, days: number) {
  const peaks: DayPeak[] = Array.from({ length: days }, (_, d) => ({ day: d + 1, rssMb: 0, heapMb: 0, samples: 0 }));
  return {
    sample(at: number): void {
      const day = peaks[Math.floor((at - start.getTime()) / 86_400_000)];
      if (!day) return;
      const m = process.memoryUsage();
      day.rssMb = Math.max(day.rssMb, mb(m.rss));
      day.heapMb = Math.max(day.heapMb, mb(m.heapUsed));
      day.samples++;
    },
    peaks: (): DayPeak[] => peaks.map((p) => ({ ...p })),
  };
}
