// The timeline of one day: a lane per nurse with her shifts, travel and visits as blocks; lines join the two
// visits of a double-handed or sequence pair; the selected visit shows its time window. On the week tab the
// same place holds the week overview. Dragging (drag.js) works on these blocks.
import { el, fill } from '../dom.js';
import { clock, dayLabel, hhmm, minutesOn } from '../week.js';
import { enableDragging } from './drag.js';
import { WEEK } from './state.js';
import { drawWeekGrid } from './week-grid.js';

const SVG = 'http://www.w3.org/2000/svg';

export function timelineView(state, actions) {
  const timeline = el('div', { class: 'timeline', role: 'grid' });
  const legend = el('div', { class: 'legend', 'aria-hidden': 'true' });
  const section = el('section', { 'aria-label': 'Timeline' },
    legend, el('div', { class: 'timeline-scroll' }, timeline));
  /** Where minutes are: the first minute drawn and the width of an hour (drag.js turns pixels back into times). */
  const geometry = { fromMinute: 0, hourWidth: 84, day: null };
  const x = (minute) => (minute - geometry.fromMinute) * geometry.hourWidth / 60;
  let links = null;

  const draw = () => {
    if (!state.board) return;
    drawLegend();
    links = null;
    if (state.day === WEEK) {
      drawWeekGrid(timeline, state);
      return;
    }
    drawDay();
    markSelection();
    if (state.editable) {
      enableDragging({ state, actions, timeline, geometry });
    }
  };

  const drawLegend = () => {
    fill(legend,
      el('span', {}, el('span', { class: 'visit' }), ' visit'),
      el('span', {}, el('span', { class: 'visit pinned' }), ' ⚓ pinned by the team'),
      el('span', {}, el('span', { class: 'visit broken' }), ' ⚠ breaks a hard rule'),
      el('span', {}, el('span', { class: 'visit linked' }), ' ⇄ double-handed or sequence'),
      state.requests.length ? el('span', {}, el('span', { class: 'visit cancel-requested' }),
        ' ✉ the client asks to cancel') : null,
      el('span', {}, el('span', {
        class: 'travel', style: { position: 'static', display: 'inline-block', width: '1.6rem' },
      }), ' travel'),
      state.editable ? el('span', {}, 'Drag a visit to another nurse or time; or select it and use the move form.')
        : null);
  };

  const drawDay = () => {
    const { board } = state;
    const day = state.day;
    geometry.day = day;
    const visits = board.visits.filter((v) => v.date === day && !v.cancelled);
    const shifts = board.nurses.flatMap((n) => n.shifts.filter((s) => s.date === day));
    const starts = [...shifts.map((s) => minutesOn(day, s.start)),
      ...visits.map((v) => minutesOn(day, v.earliestStart))];
    const ends = [...shifts.map((s) => minutesOn(day, s.end)),
      ...visits.map((v) => minutesOn(day, v.latestStart) + v.durationMinutes)];
    geometry.fromMinute = Math.max(0, Math.floor((Math.min(7 * 60, ...starts) - 30) / 60) * 60);
    const toMinute = Math.ceil((Math.max(17 * 60, ...ends) + 30) / 60) * 60;
    const hours = (toMinute - geometry.fromMinute) / 60;
    const main = state.ctx.main;
    const available = Math.max(600, (main.clientWidth || 1000) - (window.innerWidth > 1100 ? 400 : 60) - 150);
    geometry.hourWidth = Math.max(84, Math.floor(available / hours)); // wider than the screen: it scrolls
    timeline.style.setProperty('--hour', `${geometry.hourWidth}px`);
    timeline.setAttribute('aria-label', `Roster of ${dayLabel(day)}`);
    const width = hours * geometry.hourWidth;

    const ticks = el('div', { class: 'ticks', style: { width: `${width}px` } });
    for (let m = geometry.fromMinute; m <= toMinute; m += 60) {
      ticks.append(el('span', { class: 'tick', style: { left: `${x(m)}px` } }, clock(m)));
    }
    timeline.replaceChildren(el('div', { class: 'hours', role: 'row' },
      el('span', { role: 'columnheader' }, 'Nurse'), ticks));
    for (const nurse of board.nurses) {
      timeline.append(lane(nurse, visits.filter((v) => v.nurseId === nurse.nurseId), width));
    }
    links = document.createElementNS(SVG, 'svg');
    links.setAttribute('class', 'links');
    links.setAttribute('aria-hidden', 'true');
    timeline.append(links);
    requestAnimationFrame(drawLinks);
  };

  const lane = (nurse, visits, width) => {
    const day = state.day;
    const dayShifts = nurse.shifts.filter((s) => s.date === day);
    const track = el('div', { class: 'track', role: 'gridcell', style: { width: `${width}px` } });
    for (const shift of dayShifts) {
      const from = minutesOn(day, shift.start);
      const to = minutesOn(day, shift.end);
      track.append(el('div', {
        class: 'shift', title: `Shift ${hhmm(shift.start)}–${hhmm(shift.end)}`,
        style: { left: `${x(from)}px`, width: `${x(to) - x(from)}px` },
      }));
    }
    const route = visits.sort((a, b) => (a.routeIndex ?? 0) - (b.routeIndex ?? 0));
    let previousEnd = null;
    for (const visit of route) {
      if (visit.travelMinutesBefore && visit.plannedStart) {
        const start = minutesOn(day, visit.plannedStart);
        const leave = previousEnd ?? start - visit.travelMinutesBefore;
        track.append(el('div', {
          class: 'travel', title: `${visit.travelMinutesBefore} min travel`,
          style: {
            left: `${x(leave)}px`,
            width: `${Math.max(2, visit.travelMinutesBefore * geometry.hourWidth / 60)}px`,
          },
        }));
      }
      track.append(visitBlock(visit));
      previousEnd = visit.plannedEnd ? minutesOn(day, visit.plannedEnd) : previousEnd;
    }
    const travel = dayShifts.reduce((sum, sh) => sum + (sh.travelMinutes ?? 0), 0);
    const working = dayShifts.length > 0;
    const locked = dayShifts.some((sh) => sh.locked);
    const hoursText = dayShifts.map((sh) => `${hhmm(sh.start)}–${hhmm(sh.end)}`).join(', ');
    const head = el('div', { class: 'lane-head', role: 'rowheader' },
      el('button', { type: 'button', onclick: () => state.select({ kind: 'nurse', id: nurse.nurseId }) }, nurse.name),
      el('small', {}, working ? `${hoursText} · ${route.length} visits · ${travel} min travel` : 'not working'));
    return el('div', {
      class: `lane${working ? '' : ' off'}${locked ? ' locked' : ''}`, role: 'row',
      dataset: { nurseId: nurse.nurseId, working: String(working) },
      'aria-label': `${nurse.name}${locked ? ', day locked' : ''}`,
    }, head, track);
  };

  const visitBlock = (visit) => {
    const day = state.day;
    const start = minutesOn(day, visit.plannedStart);
    const end = minutesOn(day, visit.plannedEnd);
    const partner = state.partnerOf(visit);
    const broken = visit.brokenHardRules.length > 0;
    const request = state.requestOf(visit);
    const classes = ['visit', visit.pinned && 'pinned', broken && 'broken', partner && 'linked',
      visit.frozen && 'frozen', changed(visit) && 'changed', request && 'cancel-requested'];
    const label = [`${visit.clientName}, ${hhmm(visit.plannedStart)} to ${hhmm(visit.plannedEnd)}`,
      `window ${hhmm(visit.earliestStart)} to ${hhmm(visit.latestStart)}`,
      visit.travelMinutesBefore ? `${visit.travelMinutesBefore} minutes travel before` : null,
      partner ? `${visit.linkLabel} with ${state.nurseName(partner.nurseId)}` : null,
      visit.pinned ? 'pinned' : null, broken ? `breaks ${visit.brokenHardRules.join(', ')}` : null,
      request ? 'cancellation requested' : null].filter(Boolean).join('; ');
    return el('button', {
      type: 'button', class: classes.filter(Boolean).join(' '), 'aria-label': label, title: label,
      dataset: { visitId: visit.visitId },
      style: { left: `${x(start)}px`, width: `${Math.max(22, (end - start) * geometry.hourWidth / 60)}px` },
      onclick: () => state.select({ kind: 'visit', id: visit.visitId }),
    },
    el('span', { class: 'marks', 'aria-hidden': 'true' }, request ? '✉' : '', visit.pinned ? '⚓' : '',
      broken ? '⚠' : '', partner ? '⇄' : ''),
    el('div', { class: 'who' }, visit.clientName),
    el('div', { class: 'when' },
      `${hhmm(visit.plannedStart)} · ${hhmm(visit.earliestStart)}–${hhmm(visit.latestStart)}`));
  };

  const changed = (visit) => !!state.diff?.changes?.some((c) => c.visitId === visit.visitId);

  /** Dashed lines between the two visits of a double-handed or sequence pair drawn on this day. */
  const drawLinks = () => {
    if (!links || !links.isConnected) return;
    const box = timeline.getBoundingClientRect();
    links.replaceChildren();
    for (const visit of state.board.visits) {
      const partner = state.partnerOf(visit);
      if (!partner || visit.visitId > partner.visitId || visit.date !== state.day) continue;
      const a = timeline.querySelector(`.track .visit[data-visit-id="${visit.visitId}"]`);
      const b = timeline.querySelector(`.track .visit[data-visit-id="${partner.visitId}"]`);
      if (!a || !b) continue;
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      const line = document.createElementNS(SVG, 'line');
      line.setAttribute('x1', ra.left - box.left + 8);
      line.setAttribute('y1', ra.top - box.top + ra.height / 2);
      line.setAttribute('x2', rb.left - box.left + 8);
      line.setAttribute('y2', rb.top - box.top + rb.height / 2);
      line.dataset.pair = `${visit.visitId}-${partner.visitId}`;
      links.append(line);
    }
  };

  /** The selected visit (and its partner) outlined, and its time window as a band on its lane. */
  const markSelection = () => {
    timeline.querySelectorAll('.visit.selected, .visit.partner-of-selected')
      .forEach((b) => b.classList.remove('selected', 'partner-of-selected'));
    timeline.querySelectorAll('.window-band').forEach((b) => b.remove());
    const visit = state.selected?.kind === 'visit' ? state.visit(state.selected.id) : null;
    if (!visit || state.day === WEEK) return;
    timeline.querySelectorAll(`.visit[data-visit-id="${visit.visitId}"]`).forEach((b) => b.classList.add('selected'));
    const partner = state.partnerOf(visit);
    if (partner) {
      timeline.querySelectorAll(`.visit[data-visit-id="${partner.visitId}"]`)
        .forEach((b) => b.classList.add('partner-of-selected'));
    }
    if (visit.date !== state.day || visit.nurseId === null) return;
    const track = timeline.querySelector(`.lane[data-nurse-id="${visit.nurseId}"] .track`);
    const from = minutesOn(state.day, visit.earliestStart);
    const to = minutesOn(state.day, visit.latestStart) + visit.durationMinutes;
    track?.append(el('div', {
      class: 'window-band', title: 'time window', style: { left: `${x(from)}px`, width: `${x(to) - x(from)}px` },
    }));
  };

  /** A re-plan's diff arrived: its changed visits are outlined. */
  const markChanged = () => {
    timeline.querySelectorAll('.track .visit').forEach((b) => {
      const visit = state.visit(Number(b.dataset.visitId));
      b.classList.toggle('changed', !!visit && changed(visit));
    });
  };

  state.on(['roster', 'board', 'day', 'requests'], draw);
  state.on('selection', markSelection);
  state.on('diff', markChanged);
  return section;
}
