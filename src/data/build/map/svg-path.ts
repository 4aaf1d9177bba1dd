/**
 * SVG path data written from d3-geo's path stream: the first point of each ring absolute, the
 * others relative to the one before (one `l`, the pairs after it implicitly the same command),
 * in whole units, without points that do not move the pen. About a third shorter than absolute
 * coordinates, and as exact.
 */
import type { GeoContext } from 'd3-geo';

/** A d3-geo path context that writes compact SVG path data; `take()` returns it and starts anew. */
export class SvgPathWriter implements GeoContext {
  #parts: string[] = [];
  /** The pen's position, in whole units. */
  #x = 0;
  #y = 0;
  #ringOpen = false;
  /** Whether the ring's relative lines have begun (an `l` written). */
  #linesBegun = false;

  static #pair(x: number, y: number): string {
    const second = String(y);
    // A minus sign separates numbers by itself.
    return `${String(x)}${second.startsWith('-') ? '' : ' '}${second}`;
  }

  moveTo(x: number, y: number): void {
    this.#x = Math.round(x);
    this.#y = Math.round(y);
    this.#parts.push(`M${SvgPathWriter.#pair(this.#x, this.#y)}`);
    this.#ringOpen = true;
    this.#linesBegun = false;
  }

  lineTo(x: number, y: number): void {
    const [nextX, nextY] = [Math.round(x), Math.round(y)];
    if (nextX === this.#x && nextY === this.#y) return;
    const pair = SvgPathWriter.#pair(nextX - this.#x, nextY - this.#y);
    // After the first, a pair needs only a separator: a space, or the minus sign it starts with.
    this.#parts.push(this.#linesBegun ? (pair.startsWith('-') ? pair : ` ${pair}`) : `l${pair}`);
    this.#linesBegun = true;
    [this.#x, this.#y] = [nextX, nextY];
  }

  closePath(): void {
    if (this.#ringOpen) this.#parts.push('z');
    this.#ringOpen = false;
  }

  arc(): void {
    // d3-geo draws arcs only for points (pointRadius); a map of countries has none.
  }

  beginPath(): void {}

  /** The path data written since the last call. */
  take(): string {
    const data = this.#parts.join('');
    this.#parts = [];
    return data;
  }
}
