import { fenToWanYuan } from '../../../shared/domain/money';
import { toBeijingIso } from '../../../shared/domain/time';

/** Fen as 万元 with two decimals ("380.00"); never through a float. */
export function wan(fen: number): string {
  return fenToWanYuan(fen);
}

/** Any ISO timestamp (Beijing or UTC) as Beijing wall time, `2026-11-24 09:30`. */
export function beijingMinute(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return toBeijingIso(date).slice(0, 16).replace('T', ' ');
}

/** Any ISO timestamp as its Beijing calendar day, `2026-11-24`. */
export function beijingDay(iso: string): string {
  return beijingMinute(iso).slice(0, 10);
}

/** Bytes as KB/MB with one decimal. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
