/**
 * Pure string helpers for model ids. They never decide whether an id is known: the registry looks the
 * candidates they return up in its index, so an unknown base stays unknown (no guessing by prefix).
 */

/** A fine-tuned model id split into its fields: `ft:<base>:<org>:<suffix>:<job>[:ckpt-step-N]`. */
export interface FineTuneId {
  base: string;
  org: string;
  /** The user's suffix; often empty (`ft:gpt-4o-mini-2024-07-18:personal::AmcYzgWT`). */
  suffix: string;
  job: string;
  /** Present for checkpoint ids (`…:ckpt-step-88`). */
  checkpointStep?: number;
}

const checkpointPattern = /^ckpt-step-(\d+)$/;

export function parseFineTuneId(id: string): FineTuneId | undefined {
  if (!id.startsWith('ft:')) return undefined;
  const fields = id.slice(3).split(':');
  if (fields.length !== 4 && fields.length !== 5) return undefined;
  const [base, org, suffix, job, checkpoint] = fields as [string, string, string, string, string | undefined];
  // The suffix may be empty; the base, the owner and the job id never are.
  if (base === '' || org === '' || job === '') return undefined;
  if (checkpoint === undefined) return { base, org, suffix, job };
  const step = checkpointPattern.exec(checkpoint)?.[1];
  return step === undefined ? undefined : { base, org, suffix, job, checkpointStep: Number(step) };
}

const datedSuffix = /^(.+)-(\d{4})-(\d{2})-(\d{2})$/;
const legacySuffix = /^(.+)-(\d{2})(\d{2})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isMonth = (n: number): boolean => n >= 1 && n <= 12;

/**
 * The id without its snapshot suffix, or `undefined` when it has none: `-YYYY-MM-DD` (a real calendar
 * date), or the legacy four digits of `gpt-4-0613` (MMDD) and Azure-style YYMM versions. Four digits
 * that can be neither (`-9999`) are not a snapshot suffix.
 */
export function stripSnapshotSuffix(id: string): string | undefined {
  const dated = datedSuffix.exec(id);
  if (dated !== null) {
    const [, base, year, month, day] = dated as unknown as [string, string, string, string, string];
    return isCalendarDate(Number(year), Number(month), Number(day)) ? base : undefined;
  }
  const legacy = legacySuffix.exec(id);
  if (legacy !== null) {
    const [, base, first, second] = legacy as unknown as [string, string, string, string];
    const a = Number(first);
    const b = Number(second);
    const mmdd = isMonth(a) && b >= 1 && b <= 31;
    const yymm = isMonth(b);
    return mmdd || yymm ? base : undefined;
  }
  return undefined;
}
