/** Text into HTML and SVG, safely; numbers as the report writes them. (Markdown has its own escaper, md.) */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** `5,286,154 KRW`: grouped digits, the same on every machine (no locale). */
export function money(amount: number, currency: string): string {
  return `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} ${currency}`;
}
