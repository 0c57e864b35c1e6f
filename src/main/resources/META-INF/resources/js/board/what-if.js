// The server's what-if preview of an override, in one line (the move form and dragging share it).
import { el } from '../dom.js';

/** One line on what an override would do: score levels, travel, unassigned, broken rules. */
export function previewSummary(whatIf) {
  const d = whatIf.delta;
  const sign = (n) => (n > 0 ? `+${n}` : String(n));
  const parts = [`hard ${sign(d.hardScore)}`, `soft ${sign(d.softScore)}`, `travel ${sign(d.travelMinutes)} min`];
  if (d.unassignedVisits) parts.push(`unassigned ${sign(d.unassignedVisits)}`);
  const broken = whatIf.hardImpacts.map((i) => i.constraint).join(', ');
  return el('p', { class: whatIf.breaksHardRules ? 'form-error' : 'what-if' },
    `What if: ${parts.join(', ')}`,
    whatIf.breaksHardRules ? ` — breaks ${broken}` : ' — no hard rule broken');
}
