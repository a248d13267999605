/**
 * The SVG chart of the recovery timeline: one row per client, each CheckHealth call a mark
 * at the time it was issued, green when it succeeded, red when it failed; milvex's state
 * as a band above its row; the outage shaded.
 */

/** One call as the recovery benchmark saw it. */
export interface CallMark {
  readonly issuedMs: number;
  readonly ok: boolean;
}

/** One state span of a milvex connection. */
export interface StateSpan {
  readonly fromMs: number;
  readonly toMs: number;
  readonly state: string;
}

/** What one row of the chart shows. */
export interface TimelineRow {
  readonly name: string;
  readonly calls: readonly CallMark[];
  readonly states?: readonly StateSpan[];
}

const STATE_COLOURS: Record<string, string> = { connected: '#2e7d32', connecting: '#f9a825', reconnecting: '#ef6c00', closed: '#757575' };

/**
 * Renders the chart.
 *
 * @param rows - the clients
 * @param outage - when the server was killed and restarted, in ms from the start
 * @param endMs - the end of the time axis
 * @returns the SVG document
 */
export function recoveryChart(rows: readonly TimelineRow[], outage: { killMs: number; restartMs: number }, endMs: number): string {
  const left = 230;
  const width = 900;
  const rowHeight = 46;
  const top = 44;
  const height = top + rows.length * rowHeight + 40;
  const x = (ms: number): number => left + (ms / endMs) * (width - left - 20);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${left}" y="16" font-size="13">CheckHealth every 100 ms; server killed at ${(outage.killMs / 1000).toFixed(1)} s, restarted at ${(outage.restartMs / 1000).toFixed(1)} s (shaded).</text>`,
    `<text x="${left}" y="32" font-size="13">Each mark is a call at the time it was issued: green succeeded, red failed.</text>`,
    `<rect x="${x(outage.killMs)}" y="${top}" width="${x(outage.restartMs) - x(outage.killMs)}" height="${rows.length * rowHeight}" fill="#eeeeee"/>`,
  ];
  rows.forEach((row, index) => {
    const y = top + index * rowHeight;
    parts.push(`<text x="8" y="${y + 28}">${row.name}</text>`);
    for (const span of row.states ?? []) {
      parts.push(
        `<rect x="${x(span.fromMs)}" y="${y + 6}" width="${Math.max(1, x(span.toMs) - x(span.fromMs))}" height="8" fill="${STATE_COLOURS[span.state] ?? '#000'}"><title>${span.state}</title></rect>`,
      );
    }
    for (const call of row.calls) {
      parts.push(`<rect x="${x(call.issuedMs)}" y="${y + 18}" width="3" height="18" fill="${call.ok ? '#43a047' : '#e53935'}"/>`);
    }
  });
  const axisY = top + rows.length * rowHeight + 14;
  for (let s = 0; s * 1000 <= endMs; s++) parts.push(`<text x="${x(s * 1000) - 4}" y="${axisY}">${s}s</text>`);
  const legendY = axisY + 18;
  parts.push(`<text x="${left}" y="${legendY}">milvex state band: </text>`);
  Object.entries(STATE_COLOURS).forEach(([state, colour], i) => {
    parts.push(
      `<rect x="${left + 115 + i * 110}" y="${legendY - 9}" width="10" height="10" fill="${colour}"/><text x="${left + 130 + i * 110}" y="${legendY}">${state}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
