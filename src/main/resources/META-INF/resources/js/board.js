// The planning board: one lane per nurse for the chosen day, visits as blocks on a timeline, the solver's
// progress, KPIs, explanations, drag-to-override with a what-if preview, acceptance, re-plan diff and history.
import { ApiError, get, getAll, post, del } from './api.js';
import { el, field, showErrors, toast } from './dom.js';
import { drawRoads, drawRouteMap } from './route-map.js';
import { clock, dayLabel, hhmm, isIsoWeek, isoWeekOf, localTime, minutesOn, offsetOf, shiftWeek } from './week.js';
import { enableDragging } from './board-drag.js';
import { previewSummary } from './what-if.js';

const EDITABLE = ['DRAFT', 'PROPOSED', 'REVIEWED'];
const REDRAW_EVERY_MS = 3000;
const WEEK = 'week'; // the "day" of the week overview tab

export async function renderBoard(ctx) {
  const view = new BoardView(ctx);
  await view.load();
}

class BoardView {
  constructor(ctx) {
    this.ctx = ctx;
    this.base = `/api/teams/${ctx.teamId}`;
    const next = new Date();
    next.setDate(next.getDate() + 7);
    this.week = isIsoWeek(ctx.params.get('week')) ? ctx.params.get('week')
      : sessionStorage.getItem('rondo.week') || isoWeekOf(next.toISOString().substring(0, 10));
    this.rosterId = Number(ctx.params.get('roster')) || null;
    this.day = ctx.params.get('day');
    this.selected = null; // {kind: 'visit'|'nurse', id}
    this.pollTimer = null;
    this.mapInstance = null;
    this.root = el('div', { class: 'board' });
    ctx.main.replaceChildren(this.root);
    // stop polling once another view replaced this one
    this.alive = () => document.body.contains(this.root);
  }

  get rosterPath() {
    return `${this.base}/rosters/${this.rosterId}`;
  }

  get editable() {
    return this.ctx.canPlan && this.board && EDITABLE.includes(this.board.status);
  }

  async load() {
    sessionStorage.setItem('rondo.week', this.week);
    const all = await getAll(`${this.base}/rosters?sort=-createdAt`);
    this.rosters = all.filter((r) => r.isoWeek === this.week);
    if (!this.rosters.some((r) => r.id === this.rosterId)) {
      const current = this.rosters.find((r) => r.status !== 'SUPERSEDED') || this.rosters[0];
      this.rosterId = current ? current.id : null;
    }
    this.ctx.replaceParams({ week: this.week, roster: this.rosterId, day: this.day });
    if (!this.rosterId) {
      this.board = null;
      this.renderEmpty();
      return;
    }
    await this.reload();
    const status = await get(`${this.rosterPath}/solving`);
    if (status.solverStatus !== 'NOT_SOLVING') {
      this.showSolving(status);
      this.poll();
    }
  }

  /** Reads board and KPIs again and redraws everything (keeps the day and the selection). */
  async reload({ kpis = true } = {}) {
    const [board, figures] = await Promise.all([
      get(`${this.rosterPath}/board`),
      kpis ? get(`${this.rosterPath}/kpis`) : Promise.resolve(this.kpis),
    ]);
    this.board = board;
    this.kpis = figures;
    if (!this.day || (this.day !== WEEK && !board.days.includes(this.day))) {
      const today = new Date().toISOString().substring(0, 10);
      this.day = board.days.includes(today) ? today : board.days[0];
    }
    this.ctx.replaceParams({ day: this.day });
    this.render();
  }

  // ------------------------------------------------------------------ layout

  renderEmpty() {
    this.root.replaceChildren(this.toolbar(),
      el('section', { class: 'card', 'aria-labelledby': 'empty-title' },
        el('h1', { id: 'empty-title' }, `No roster for ${this.week} yet`),
        el('p', {}, 'Create it to generate the week\'s visits from the care plans; then let Rondo propose a roster.'),
        this.ctx.canPlan ? el('button', { class: 'primary', type: 'button', onclick: () => this.createRoster() }, `Create roster for ${this.week}`)
          : el('p', { class: 'hint' }, 'Only team members create rosters.')));
  }

  render() {
    this.mapInstance?.remove();
    this.mapInstance = null;
    this.timeline = el('div', { class: 'timeline', role: 'grid', 'aria-label': this.day === WEEK ? 'Week overview' : `Roster of ${dayLabel(this.day)}` });
    this.side = el('aside', { class: 'side', 'aria-label': 'Details' });
    this.root.replaceChildren(
      this.toolbar(),
      this.statusLine(),
      this.dayTabs(),
      el('div', { class: 'board-layout' },
        el('section', { 'aria-label': 'Timeline' },
          this.legend(),
          el('div', { class: 'timeline-scroll' }, this.timeline)),
        this.side));
    if (this.day === WEEK) {
      this.drawWeek();
    } else {
      this.drawTimeline();
    }
    this.drawSide();
  }

  toolbar() {
    const weekInput = el('input', { type: 'week', id: 'week-input', value: this.week, 'aria-label': 'ISO week' });
    weekInput.addEventListener('change', () => isIsoWeek(weekInput.value) && this.goWeek(weekInput.value));
    const bar = el('div', { class: 'board-toolbar', role: 'toolbar', 'aria-label': 'Week and roster' },
      el('button', { type: 'button', 'aria-label': 'Previous week', onclick: () => this.goWeek(shiftWeek(this.week, -1)) }, '◀'),
      el('div', { class: 'field' }, el('label', { for: 'week-input' }, 'Week'), weekInput),
      el('button', { type: 'button', 'aria-label': 'Next week', onclick: () => this.goWeek(shiftWeek(this.week, 1)) }, '▶'));
    if (this.rosters?.length) {
      const select = el('select', { id: 'roster-select', name: 'roster' }, this.rosters.map((r) => el('option', {
        value: r.id, selected: r.id === this.rosterId,
      }, rosterLabel(r))));
      select.addEventListener('change', () => { this.rosterId = Number(select.value); this.load(); });
      bar.append(el('div', { class: 'field' }, el('label', { for: 'roster-select' }, 'Roster'), select));
    }
    if (!this.board) {
      return bar;
    }
    if (this.editable) {
      this.secondsSelect = el('select', { id: 'solve-seconds', name: 'seconds' },
        [10, 30, 60, 120, 300].map((s) => el('option', { value: s, selected: s === 30 }, `${s} s`)));
      this.solveButton = el('button', { type: 'button', class: 'primary', id: 'solve', onclick: () => this.solve() }, 'Solve');
      this.stopButton = el('button', { type: 'button', id: 'stop', hidden: true, onclick: () => this.stop() }, 'Stop');
      bar.append(el('div', { class: 'field' }, el('label', { for: 'solve-seconds' }, 'Solve for'), this.secondsSelect),
        this.solveButton, this.stopButton,
        el('button', { type: 'button', id: 'accept', onclick: () => this.accept() }, 'Accept…'));
    }
    if (this.ctx.canPlan && this.board.status === 'ACCEPTED') {
      bar.append(el('button', { type: 'button', id: 'replan', onclick: () => this.replan() }, 'Re-plan…'));
    }
    return bar;
  }

  statusLine() {
    const b = this.board;
    this.progress = el('progress', { max: 100, value: 0, hidden: true, 'aria-label': 'Solving progress' });
    this.scoreText = el('span', { id: 'score' }, `Score ${b.score}`);
    this.solveText = el('span', { id: 'solver-status', role: 'status', 'aria-live': 'polite' });
    return el('div', { class: 'solve-status' },
      el('span', { class: `badge ${b.status === 'ACCEPTED' ? 'ok' : ''}`, id: 'roster-status' },
        b.status === 'ACCEPTED' ? `Accepted v${b.acceptedVersion}` : b.status.toLowerCase()),
      el('span', { class: `badge ${b.feasible ? 'ok' : 'bad'}`, id: 'feasibility' }, b.feasible ? 'no hard rule broken' : 'hard rules broken'),
      b.needsReplan ? el('span', { class: 'badge bad' }, 'reality changed: re-plan') : null,
      this.scoreText, this.progress, this.solveText);
  }

  dayTabs() {
    const tabs = el('div', { class: 'day-tabs', role: 'tablist', 'aria-label': 'Day' });
    const all = [WEEK, ...this.board.days];
    for (const day of all) {
      const count = this.board.visits.filter((v) => (day === WEEK || v.date === day) && !v.cancelled).length;
      const tab = el('button', {
        type: 'button', role: 'tab', 'aria-selected': String(day === this.day), tabindex: day === this.day ? 0 : -1,
        dataset: { day }, onclick: () => this.goDay(day),
      }, `${day === WEEK ? 'Week' : dayLabel(day)} (${count})`);
      tab.addEventListener('keydown', (e) => {
        const i = all.indexOf(day);
        const j = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : -1;
        if (j >= 0 && j < all.length) {
          this.goDay(all[j]);
          this.root.querySelector(`[role=tab][data-day="${all[j]}"]`)?.focus();
        }
      });
      tabs.append(tab);
    }
    return tabs;
  }

  legend() {
    return el('div', { class: 'legend', 'aria-hidden': 'true' },
      el('span', {}, el('span', { class: 'visit' }), ' visit'),
      el('span', {}, el('span', { class: 'visit pinned' }), ' ⚓ pinned by the team'),
      el('span', {}, el('span', { class: 'visit broken' }), ' ⚠ breaks a hard rule'),
      el('span', {}, el('span', { class: 'visit linked' }), ' ⇄ double-handed or sequence'),
      el('span', {}, el('span', { class: 'travel', style: { position: 'static', display: 'inline-block', width: '1.6rem' } }), ' travel'),
      this.editable ? el('span', {}, 'Drag a visit to another nurse or time; or select it and use the move form.') : null);
  }

  // ------------------------------------------------------------------ timeline

  drawTimeline() {
    const day = this.day;
    const visits = this.board.visits.filter((v) => v.date === day && !v.cancelled);
    const shifts = this.board.nurses.flatMap((n) => n.shifts.filter((s) => s.date === day));
    const starts = [...shifts.map((s) => minutesOn(day, s.start)), ...visits.map((v) => minutesOn(day, v.earliestStart))];
    const ends = [...shifts.map((s) => minutesOn(day, s.end)), ...visits.map((v) => minutesOn(day, v.latestStart) + v.durationMinutes)];
    this.fromMinute = Math.max(0, Math.floor((Math.min(7 * 60, ...starts) - 30) / 60) * 60);
    this.toMinute = Math.ceil((Math.max(17 * 60, ...ends) + 30) / 60) * 60;
    const hours = (this.toMinute - this.fromMinute) / 60;
    const available = Math.max(600, (this.ctx.main.clientWidth || 1000) - (window.innerWidth > 1100 ? 400 : 60) - 150);
    this.hourWidth = Math.max(84, Math.floor(available / hours)); // wider than the screen: the timeline scrolls
    this.timeline.style.setProperty('--hour', `${this.hourWidth}px`);
    const width = hours * this.hourWidth;

    const ticks = el('div', { class: 'ticks', style: { width: `${width}px` } });
    for (let m = this.fromMinute; m <= this.toMinute; m += 60) {
      ticks.append(el('span', { class: 'tick', style: { left: `${this.x(m)}px` } }, clock(m)));
    }
    this.timeline.replaceChildren(el('div', { class: 'hours', role: 'row' }, el('span', { role: 'columnheader' }, 'Nurse'), ticks));

    for (const nurse of this.board.nurses) {
      const dayShifts = nurse.shifts.filter((s) => s.date === day);
      const track = el('div', { class: 'track', role: 'gridcell', style: { width: `${width}px` } });
      for (const shift of dayShifts) {
        const from = minutesOn(day, shift.start);
        const to = minutesOn(day, shift.end);
        track.append(el('div', {
          class: 'shift', title: `Shift ${hhmm(shift.start)}–${hhmm(shift.end)}`,
          style: { left: `${this.x(from)}px`, width: `${this.x(to) - this.x(from)}px` },
        }));
      }
      const route = visits.filter((v) => v.nurseId === nurse.nurseId).sort((a, b) => (a.routeIndex ?? 0) - (b.routeIndex ?? 0));
      let previousEnd = null;
      for (const visit of route) {
        if (visit.travelMinutesBefore && visit.plannedStart) {
          const start = minutesOn(day, visit.plannedStart);
          const leave = previousEnd ?? start - visit.travelMinutesBefore;
          track.append(el('div', {
            class: 'travel', title: `${visit.travelMinutesBefore} min travel`,
            style: { left: `${this.x(leave)}px`, width: `${Math.max(2, visit.travelMinutesBefore * this.hourWidth / 60)}px` },
          }));
        }
        track.append(this.visitBlock(visit));
        previousEnd = visit.plannedEnd ? minutesOn(day, visit.plannedEnd) : previousEnd;
      }
      const travel = dayShifts.reduce((sum, sh) => sum + (sh.travelMinutes ?? 0), 0);
      const working = dayShifts.length > 0;
      const locked = dayShifts.some((sh) => sh.locked);
      const head = el('div', { class: 'lane-head', role: 'rowheader' },
        el('button', { type: 'button', onclick: () => this.select({ kind: 'nurse', id: nurse.nurseId }) }, nurse.name),
        el('small', {}, working ? `${dayShifts.map((sh) => `${hhmm(sh.start)}–${hhmm(sh.end)}`).join(', ')} · ${route.length} visits · ${travel} min travel` : 'not working'));
      this.timeline.append(el('div', {
        class: `lane${working ? '' : ' off'}${locked ? ' locked' : ''}`, role: 'row',
        dataset: { nurseId: nurse.nurseId, working: String(working) },
        'aria-label': `${nurse.name}${locked ? ', day locked' : ''}`,
      }, head, track));
    }
    this.links = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    this.links.setAttribute('class', 'links');
    this.links.setAttribute('aria-hidden', 'true');
    this.timeline.append(this.links);
    requestAnimationFrame(() => this.drawLinks());
    if (this.editable) {
      enableDragging(this);
    }
  }

  /** The week overview: a row per nurse, a cell per day with her route in miniature; a cell opens that day. */
  drawWeek() {
    const FROM = 6 * 60;
    const SPAN = 17 * 60; // 06:00–23:00
    const pct = (m) => `${Math.max(0, Math.min(100, (m - FROM) * 100 / SPAN))}%`;
    const head = el('tr', {}, el('th', { scope: 'col' }, 'Nurse'), this.board.days.map((d) => el('th', { scope: 'col' }, dayLabel(d))));
    const rows = this.board.nurses.map((nurse) => el('tr', { dataset: { nurseId: nurse.nurseId } },
      el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', onclick: () => this.select({ kind: 'nurse', id: nurse.nurseId }) }, nurse.name)),
      this.board.days.map((day) => {
        const shifts = nurse.shifts.filter((s) => s.date === day);
        if (!shifts.length) {
          return el('td', { class: 'off' }, el('span', { class: 'hint' }, 'off'));
        }
        const visits = this.board.visits.filter((v) => v.nurseId === nurse.nurseId && v.date === day && !v.cancelled);
        const minutes = visits.reduce((sum, v) => sum + v.durationMinutes, 0);
        const travel = shifts.reduce((sum, sh) => sum + (sh.travelMinutes ?? 0), 0);
        const broken = visits.filter((v) => v.brokenHardRules.length).length;
        const mini = el('div', { class: 'mini', 'aria-hidden': 'true' },
          shifts.map((sh) => el('span', { class: 'mini-shift', style: { left: pct(minutesOn(day, sh.start)), width: `calc(${pct(minutesOn(day, sh.end))} - ${pct(minutesOn(day, sh.start))})` } })),
          visits.map((v) => el('span', {
            class: `mini-visit${v.pinned ? ' pinned' : ''}${v.brokenHardRules.length ? ' broken' : ''}`,
            style: { left: pct(minutesOn(day, v.plannedStart)), width: `${Math.max(0.6, v.durationMinutes * 100 / SPAN)}%` },
          })));
        const label = `${nurse.name}, ${dayLabel(day)}: ${visits.length} visits, ${(minutes / 60).toFixed(1)} h of care, ${travel} min travel${broken ? `, ${broken} break a hard rule` : ''}${shifts.some((s) => s.locked) ? ', locked' : ''}`;
        return el('td', {}, el('button', { type: 'button', class: 'week-cell', 'aria-label': label, title: label, onclick: () => this.goDay(day) },
          mini, el('span', {}, `${visits.length} · ${(minutes / 60).toFixed(1)} h`, broken ? el('b', { class: 'warn' }, ' ⚠') : null)));
      })));
    this.timeline.replaceChildren(el('table', { class: 'week-grid' }, el('thead', {}, head), el('tbody', {}, rows)));
  }

  x(minute) {
    return (minute - this.fromMinute) * this.hourWidth / 60;
  }

  visitBlock(visit) {
    const day = this.day;
    const start = minutesOn(day, visit.plannedStart);
    const end = minutesOn(day, visit.plannedEnd);
    const partner = this.partnerOf(visit);
    const broken = visit.brokenHardRules.length > 0;
    const classes = ['visit', visit.pinned && 'pinned', broken && 'broken', partner && 'linked',
      visit.frozen && 'frozen', this.changedVisitIds?.has(visit.visitId) && 'changed', this.isSelected(visit) && 'selected'];
    const label = [`${visit.clientName}, ${hhmm(visit.plannedStart)} to ${hhmm(visit.plannedEnd)}`,
      `window ${hhmm(visit.earliestStart)} to ${hhmm(visit.latestStart)}`,
      visit.travelMinutesBefore ? `${visit.travelMinutesBefore} minutes travel before` : null,
      partner ? `${visit.linkKind === 'DOUBLE_HANDED' ? 'double-handed with' : 'in sequence with'} ${this.nurseName(partner.nurseId)}` : null,
      visit.pinned ? 'pinned' : null, broken ? `breaks ${visit.brokenHardRules.join(', ')}` : null].filter(Boolean).join('; ');
    return el('button', {
      type: 'button', class: classes.filter(Boolean).join(' '), 'aria-label': label, title: label,
      dataset: { visitId: visit.visitId },
      style: { left: `${this.x(start)}px`, width: `${Math.max(22, (end - start) * this.hourWidth / 60)}px` },
      onclick: () => this.select({ kind: 'visit', id: visit.visitId }),
    },
    el('span', { class: 'marks', 'aria-hidden': 'true' }, visit.pinned ? '⚓' : '', broken ? '⚠' : '', partner ? '⇄' : ''),
    el('div', { class: 'who' }, visit.clientName),
    el('div', { class: 'when' }, `${hhmm(visit.plannedStart)} · ${hhmm(visit.earliestStart)}–${hhmm(visit.latestStart)}`));
  }

  /** Dashed lines between the two visits of a double-handed or sequence pair drawn on this day. */
  drawLinks() {
    if (!this.links || !this.alive()) {
      return;
    }
    const box = this.timeline.getBoundingClientRect();
    this.links.replaceChildren();
    for (const visit of this.board.visits) {
      const partner = this.partnerOf(visit);
      if (!partner || visit.visitId > partner.visitId || visit.date !== this.day) {
        continue;
      }
      const a = this.timeline.querySelector(`.track .visit[data-visit-id="${visit.visitId}"]`);
      const b = this.timeline.querySelector(`.track .visit[data-visit-id="${partner.visitId}"]`);
      if (!a || !b) {
        continue;
      }
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      line.setAttribute('x1', ra.left - box.left + 8);
      line.setAttribute('y1', ra.top - box.top + ra.height / 2);
      line.setAttribute('x2', rb.left - box.left + 8);
      line.setAttribute('y2', rb.top - box.top + rb.height / 2);
      line.dataset.pair = `${visit.visitId}-${partner.visitId}`;
      this.links.append(line);
    }
  }

  partnerOf(visit) {
    return visit.linkedVisitId ? this.board.visits.find((v) => v.visitId === visit.linkedVisitId) : null;
  }

  nurseName(nurseId) {
    return this.board.nurses.find((n) => n.nurseId === nurseId)?.name || 'nobody';
  }

  visit(visitId) {
    return this.board.visits.find((v) => v.visitId === visitId);
  }

  isSelected(visit) {
    return this.selected?.kind === 'visit' && this.selected.id === visit.visitId;
  }

  // ------------------------------------------------------------------ side panels

  drawSide() {
    this.detailPanel = el('section', { class: 'card explanation', id: 'details', 'aria-live': 'polite', tabindex: '-1' },
      el('h2', {}, 'Details'), el('p', { class: 'hint' }, 'Select a visit or a nurse to see why the roster looks this way.'));
    this.side.replaceChildren(this.detailPanel, this.readinessPanel(), this.unassignedPanel(), this.kpiPanel());
    if (this.board.basedOnRosterId) {
      this.side.append(this.diffPanel());
    }
    this.side.append(this.historyPanel());
    if (this.selected) {
      this.select(this.selected, { focus: false });
    }
  }

  /** Data problems no solver can fix (GET R/readiness), so nobody waits for a solve to learn about them. */
  readinessPanel() {
    const panel = el('section', { class: 'card readiness', id: 'readiness', hidden: true, 'aria-labelledby': 'readiness-title' });
    get(`${this.rosterPath}/readiness`).then((report) => {
      if (report.ready || !this.alive()) return;
      panel.replaceChildren(el('h2', { id: 'readiness-title' }, '⚠ Data no solver can fix'),
        el('ul', {}, report.findings.map((f) => el('li', {}, f.message, ' ',
          f.visitIds.slice(0, 8).map((id) => {
            const visit = this.visit(id);
            return visit ? el('button', { type: 'button', class: 'link', onclick: () => this.openVisit(visit) },
              `${visit.clientName} ${dayLabel(visit.date)}`) : null;
          }).filter(Boolean).flatMap((b) => [b, ' '])))),
        el('p', { class: 'hint' }, 'Change the care plan\'s window or a nurse\'s availability on the caseload pages.'));
      panel.hidden = false;
    }).catch(() => { /* the board works without it */ });
    return panel;
  }

  /** Shows a visit's day and selects it. */
  openVisit(visit) {
    this.selected = { kind: 'visit', id: visit.visitId };
    if (this.day !== visit.date) {
      this.goDay(visit.date);
    } else {
      this.select(this.selected);
    }
  }

  unassignedPanel() {
    const open = this.board.visits.filter((v) => v.nurseId === null && !v.cancelled);
    const today = this.day === WEEK ? open : open.filter((v) => v.date === this.day);
    const reasons = new Map((this.kpis?.unassigned || []).map((u) => [u.visitId, u.reason]));
    const list = el('ul', { class: 'unassigned-list', id: 'unassigned', 'aria-label': 'Unassigned visits of this day' },
      today.map((v) => el('li', {}, el('button', {
        type: 'button', class: `visit${this.isSelected(v) ? ' selected' : ''}`, dataset: { visitId: v.visitId },
        title: reasons.get(v.visitId) || '', onclick: () => this.select({ kind: 'visit', id: v.visitId }),
      }, el('div', { class: 'who' }, v.clientName),
      el('div', { class: 'when' }, `${this.day === WEEK ? `${dayLabel(v.date)} ` : ''}${hhmm(v.earliestStart)}–${hhmm(v.latestStart)} · ${v.durationMinutes} min`)))));
    return el('section', { class: 'card', 'aria-labelledby': 'unassigned-title', id: 'unassigned-panel' },
      el('h2', { id: 'unassigned-title' }, this.day === WEEK ? `Unassigned: ${open.length} this week` : `Unassigned: ${today.length} today, ${open.length} this week`),
      today.length ? list : el('p', { class: 'hint' }, 'Every visit of this day has a nurse.'),
      this.editable ? el('p', { class: 'hint' }, 'Drop a visit here to take it off its route.') : null);
  }

  kpiPanel() {
    const k = this.kpis;
    if (!k) {
      return el('section');
    }
    const kpi = (id, value, label) => el('div', { class: 'kpi', id }, el('b', {}, value), el('span', {}, label));
    const rows = k.nurses.map((n) => {
      const state = n.workedHours > n.contractMaxHours ? 'over' : n.workedHours < n.contractMinHours ? 'under' : '';
      return el('tr', {}, el('td', {}, n.name), el('td', { class: state }, n.workedHours.toFixed(1)),
        el('td', {}, `${n.contractMinHours}–${n.contractMaxHours}`), el('td', {}, String(n.visits)), el('td', {}, String(n.travelMinutes)));
    });
    return el('section', { class: 'card', 'aria-labelledby': 'kpi-title', id: 'kpis' },
      el('h2', { id: 'kpi-title' }, 'Week at a glance'),
      el('div', { class: 'kpis' },
        kpi('kpi-unassigned', String(k.visits - k.assignedVisits), 'unassigned visits'),
        kpi('kpi-continuity', k.averageDistinctNursesPerClient.toFixed(2), 'distinct nurses per client'),
        kpi('kpi-travel', `${k.travelMinutes} min`, `travel (${k.travelMinutesPerVisit.toFixed(1)} per visit)`),
        kpi('kpi-visits', `${k.assignedVisits}/${k.visits}`, 'visits planned')),
      el('details', { open: true }, el('summary', {}, 'Hours against contract'),
        el('table', { class: 'hours-table' },
          el('thead', {}, el('tr', {}, ['Nurse', 'Hours', 'Contract', 'Visits', 'Travel (min)'].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, rows)),
        el('p', { class: 'hint' }, 'Hours in red fall outside the contract\'s band.')),
      el('details', {}, el('summary', {}, 'Score per constraint'),
        el('table', {}, el('tbody', {}, k.constraints.filter((c) => c.matches > 0).map((c) => el('tr', {},
          el('td', {}, c.constraint), el('td', {}, c.level.toLowerCase()), el('td', {}, String(c.penalty))))))));
  }

  diffPanel() {
    const panel = el('section', { class: 'card', id: 'diff', 'aria-labelledby': 'diff-title' },
      el('h2', { id: 'diff-title' }, 'Changes against the accepted roster'), el('p', { class: 'hint' }, 'Loading…'));
    get(`${this.rosterPath}/diff`).then((diff) => {
      this.changedVisitIds = new Set(diff.changes.map((c) => c.visitId));
      const clients = new Map(this.board.visits.map((v) => [v.clientId, v.clientName]));
      const phrase = (c) => {
        const who = clients.get(c.clientId) || `client #${c.clientId}`;
        const at = (iso) => (iso ? new Date(iso).toLocaleString('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit' }) : '');
        switch (c.kind) {
          case 'MOVED_TO_OTHER_NURSE': return `${who}: ${this.nurseName(c.fromNurseId)} → ${this.nurseName(c.toNurseId)} (${at(c.toStart)})`;
          case 'RESCHEDULED': return `${who}: ${at(c.fromStart)} → ${at(c.toStart)}`;
          case 'UNASSIGNED': return `${who}: no longer planned (was ${this.nurseName(c.fromNurseId)})`;
          case 'NEWLY_ASSIGNED': return `${who}: now ${this.nurseName(c.toNurseId)} (${at(c.toStart)})`;
          case 'CANCELLED': return `${who}: cancelled`;
          default: return `${who}: added`;
        }
      };
      panel.replaceChildren(el('h2', { id: 'diff-title' }, 'Changes against the accepted roster'),
        el('p', { id: 'diff-summary' }, `${diff.changedVisits} of ${diff.visitsCompared} visits change; ${diff.nursesAffected.length} nurses and ${diff.clientsAffected.length} clients affected.`),
        el('ul', { class: 'diff-list' }, diff.changes.slice(0, 60).map((c) => el('li', { dataset: { kind: c.kind } }, phrase(c)))),
        diff.changes.length > 60 ? el('p', { class: 'hint' }, `and ${diff.changes.length - 60} more`) : null);
      this.timeline.querySelectorAll('.visit').forEach((b) => b.classList.toggle('changed', this.changedVisitIds.has(Number(b.dataset.visitId))));
    }).catch((e) => panel.replaceChildren(el('p', { class: 'form-error' }, e.message)));
    return panel;
  }

  historyPanel() {
    const list = el('ul', { class: 'history-list', id: 'history' });
    const panel = el('details', { class: 'card', id: 'history-panel' }, el('summary', {}, 'History'), list);
    panel.addEventListener('toggle', async () => {
      if (!panel.open) return;
      const page = await get(`${this.rosterPath}/history?size=100`);
      list.replaceChildren(...page.items.slice().reverse().map((e) => el('li', {},
        el('b', {}, e.kind.toLowerCase().replaceAll('_', ' ')), ` by ${e.actor || 'Rondo'}, ${new Date(e.at).toLocaleString('en-GB')}`,
        e.details?.reason ? ` — “${e.details.reason}”` : '')));
    });
    return panel;
  }

  // ------------------------------------------------------------------ selection and explanations

  async select(selection, { focus = true } = {}) {
    this.selected = selection;
    this.root.querySelectorAll('.visit.selected, .visit.partner-of-selected').forEach((b) => b.classList.remove('selected', 'partner-of-selected'));
    this.root.querySelectorAll('.window-band').forEach((b) => b.remove());
    const panel = this.detailPanel;
    if (selection.kind === 'visit') {
      const visit = this.visit(selection.id);
      if (!visit) return;
      this.root.querySelectorAll(`.visit[data-visit-id="${visit.visitId}"]`).forEach((b) => b.classList.add('selected'));
      const partner = this.partnerOf(visit);
      if (partner) {
        this.root.querySelectorAll(`.visit[data-visit-id="${partner.visitId}"]`).forEach((b) => b.classList.add('partner-of-selected'));
      }
      this.showWindow(visit);
      panel.replaceChildren(el('h2', {}, visit.clientName), el('p', { class: 'hint' }, 'Loading the explanation…'));
      const explanation = await get(`${this.rosterPath}/visits/${visit.visitId}/explanation`).catch((e) => ({ error: e }));
      if (this.selected !== selection) return;
      panel.replaceChildren(...this.visitDetails(visit, explanation));
    } else {
      const lane = this.board.nurses.find((n) => n.nurseId === selection.id);
      panel.replaceChildren(el('h2', {}, lane.name), el('p', { class: 'hint' }, 'Loading the explanation…'));
      const explanation = await get(`${this.rosterPath}/nurses/${lane.nurseId}/explanation`).catch((e) => ({ error: e }));
      if (this.selected !== selection) return;
      panel.replaceChildren(...this.nurseDetails(lane, explanation));
    }
    if (focus) panel.focus({ preventScroll: true });
  }

  showWindow(visit) {
    if (visit.date !== this.day || visit.nurseId === null) return;
    const track = this.timeline.querySelector(`.lane[data-nurse-id="${visit.nurseId}"] .track`);
    const from = minutesOn(this.day, visit.earliestStart);
    const to = minutesOn(this.day, visit.latestStart) + visit.durationMinutes;
    track?.append(el('div', { class: 'window-band', title: 'time window', style: { left: `${this.x(from)}px`, width: `${this.x(to) - this.x(from)}px` } }));
  }

  explanationBlock(explanation) {
    if (explanation.error) {
      return [el('p', { class: 'form-error' }, explanation.error.message)];
    }
    const hard = new Set(explanation.impacts.filter((i) => i.level === 'HARD').map((i) => i.sentence));
    return [el('p', { class: 'summary' }, explanation.summary),
      el('ul', {}, explanation.reasons.map((r) => el('li', { class: hard.has(r) ? 'hard' : '' }, hard.has(r) ? `⚠ ${r}` : r)))];
  }

  /** A nurse's week touches many matches: one line per constraint (hard first), the sentences folded away. */
  groupedExplanation(explanation) {
    if (explanation.error) {
      return [el('p', { class: 'form-error' }, explanation.error.message)];
    }
    const groups = new Map();
    for (const impact of explanation.impacts) {
      const g = groups.get(impact.constraint) || { level: impact.level, count: 0, penalty: 0, sentences: [] };
      g.count += 1;
      g.penalty += impact.penalty;
      g.sentences.push(impact.sentence);
      groups.set(impact.constraint, g);
    }
    const order = { HARD: 0, MEDIUM: 1, SOFT: 2 };
    const rows = [...groups.entries()].sort((a, b) => order[a[1].level] - order[b[1].level] || b[1].penalty - a[1].penalty);
    return [el('p', { class: 'summary' }, explanation.summary),
      el('ul', { class: 'impact-groups' }, rows.map(([name, g]) => el('li', { class: g.level === 'HARD' ? 'hard' : '' },
        el('details', {}, el('summary', {}, `${g.level === 'HARD' ? '⚠ ' : ''}${name}: ${g.count}× (${g.level.toLowerCase()}, cost ${g.penalty})`),
          el('ul', {}, [...new Set(g.sentences)].slice(0, 30).map((t) => el('li', {}, t)))))))];
  }

  visitDetails(visit, explanation) {
    const facts = el('p', { class: 'hint' },
      `${dayLabel(visit.date)} · window ${hhmm(visit.earliestStart)}–${hhmm(visit.latestStart)} · ${visit.durationMinutes} min · level ${visit.minLevel}+`,
      visit.skills.length ? ` · ${visit.skills.join(', ')}` : '', visit.address ? ` · ${visit.address}` : '');
    const parts = [el('h2', {}, visit.clientName), facts, ...this.explanationBlock(explanation)];
    if (visit.pinned) {
      parts.push(el('p', {}, `⚓ Pinned${visit.pinnedStart ? ' at a fixed time' : ''}${visit.pinReason ? `: “${visit.pinReason}”` : ''}.`));
    }
    if (visit.brokenHardRules.length) {
      parts.push(el('p', { class: 'form-error' }, `Breaks: ${visit.brokenHardRules.join(', ')}`));
    }
    if (this.editable && !visit.frozen) {
      parts.push(this.moveForm(visit));
    }
    return parts;
  }

  /** The keyboard way to do what dragging does: choose nurse and time, preview, then move. */
  moveForm(visit) {
    const working = this.board.nurses.filter((n) => n.shifts.some((s) => s.date === visit.date));
    const form = el('form', { class: 'move-form', 'aria-label': 'Move this visit' },
      el('h3', {}, 'Change it'),
      field({ name: 'nurseId', label: 'Nurse', type: 'select', value: visit.nurseId ?? '', options: working.map((n) => ({ value: n.nurseId, label: n.name })) }),
      field({ name: 'start', label: 'Start (empty: the solver picks)', type: 'time', value: visit.plannedStart ? hhmm(visit.plannedStart) : '' }),
      field({ name: 'reason', label: 'Reason (optional)', attrs: { maxlength: 200 } }),
      el('div', { class: 'preview', 'aria-live': 'polite' }),
      el('div', { class: 'row' },
        el('button', { type: 'button', name: 'preview' }, 'Preview'),
        el('button', { type: 'submit', class: 'primary' }, 'Move and pin'),
        visit.nurseId !== null ? el('button', { type: 'button', name: 'unassign' }, 'Unassign') : null,
        visit.pinned ? el('button', { type: 'button', name: 'unpin' }, 'Unpin') : null));
    const command = () => {
      const start = form.elements.start.value;
      return {
        kind: 'MOVE', visitId: visit.visitId, nurseId: Number(form.elements.nurseId.value),
        start: start ? localTime(visit.date, Number(start.substring(0, 2)) * 60 + Number(start.substring(3, 5)), offsetOf(visit.earliestStart)) : null,
        reason: form.elements.reason.value || null,
      };
    };
    form.elements.preview.addEventListener('click', async () => {
      const target = form.querySelector('.preview');
      try {
        target.replaceChildren(previewSummary(await this.preview(command())));
      } catch (e) {
        showErrors(form, e);
      }
    });
    form.addEventListener('submit', (e) => { e.preventDefault(); this.override(command(), form); });
    form.elements.unassign?.addEventListener('click', () => this.override({ kind: 'UNASSIGN', visitId: visit.visitId, reason: form.elements.reason.value || null }, form));
    form.elements.unpin?.addEventListener('click', () => this.override({ kind: 'UNPIN', visitId: visit.visitId }, form));
    return form;
  }

  nurseDetails(lane, explanation) {
    const dayShifts = lane.shifts.filter((s) => s.date === this.day);
    const locked = dayShifts.some((s) => s.locked);
    const stops = this.board.visits.filter((v) => v.nurseId === lane.nurseId && v.date === this.day && !v.cancelled)
      .sort((a, b) => (a.routeIndex ?? 0) - (b.routeIndex ?? 0));
    const parts = [el('h2', {}, lane.name), el('p', { class: 'hint' }, `Level ${lane.level} · ${lane.skills.join(', ') || 'no extra skills'} · ${lane.travelMode.toLowerCase().replace('_', '-')}`),
      ...this.groupedExplanation(explanation)];
    if (dayShifts.length && this.editable) {
      parts.push(el('button', {
        type: 'button', id: 'lock-day',
        onclick: () => this.override({ kind: locked ? 'UNLOCK_DAY' : 'LOCK_DAY', nurseId: lane.nurseId, day: this.day }),
      }, locked ? `Unlock ${dayLabel(this.day)}` : `Lock ${dayLabel(this.day)} (the solver keeps it as it is)`));
    }
    if (stops.length) {
      const mapBox = el('div', { class: 'route-map', id: 'route-map', role: 'img', 'aria-label': `Map of ${lane.name}'s route on ${dayLabel(this.day)}: ${stops.map((s, i) => `${i + 1}. ${s.clientName}`).join(', ')}` });
      const hint = el('p', { class: 'hint' }, 'Straight lines between the stops. No background tiles, so the map works without internet; grey dots are the team\'s other visits of the day.');
      parts.push(el('h3', {}, `Route on ${dayLabel(this.day)}`), mapBox,
        el('ol', { class: 'route-stops' }, stops.map((s) => el('li', {}, `${hhmm(s.plannedStart)} ${s.clientName}${s.address ? `, ${s.address}` : ''}`))),
        hint);
      const day = this.day;
      requestAnimationFrame(() => {
        this.mapInstance?.remove();
        const others = this.board.visits.filter((v) => v.date === day && v.nurseId !== lane.nurseId && !v.cancelled);
        const drawn = drawRouteMap(mapBox, lane, stops, others);
        this.mapInstance = drawn;
        // the roads where the server has a map; until they come (or without a map) the straight lines stay
        get(`${this.rosterPath}/nurses/${lane.nurseId}/route?date=${day}`).then((route) => {
          if (this.mapInstance === drawn && drawRoads(drawn, route)) {
            hint.textContent = 'The lines follow the roads of the map the travel times come from (dashed: an address the map cannot reach). No background tiles, so the map works without internet; grey dots are the team\'s other visits of the day.';
          }
        }).catch(() => {});
      });
    }
    return parts;
  }

  // ------------------------------------------------------------------ actions

  async preview(command) {
    return post(`${this.rosterPath}/overrides/preview`, { ...command, rosterVersion: this.board.version });
  }

  /** Applies an override (pinned, audited) and redraws; a 409 means someone or the solver changed it first. */
  async override(command, form) {
    try {
      const outcome = await post(`${this.rosterPath}/overrides`, { ...command, rosterVersion: this.board.version });
      toast(outcome.breaksHardRules ? `Done, but it breaks: ${outcome.hardImpacts.map((i) => i.constraint).join(', ')}` : 'Done: the change is pinned.',
        outcome.breaksHardRules ? 'error' : 'info');
      await this.reload();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        toast('The roster changed meanwhile (the solver or a colleague). It is reloaded: look again and retry.', 'error');
        await this.reload();
      } else if (form) {
        showErrors(form, e);
      } else {
        toast(e.message, 'error');
      }
    }
  }

  async createRoster() {
    try {
      const roster = await post(`${this.base}/rosters`, { isoWeek: this.week });
      this.rosterId = roster.id;
      toast(`Roster for ${this.week} created with ${roster.visits} visits.`);
      await this.load();
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  async solve() {
    try {
      const status = await post(`${this.rosterPath}/solving`, { seconds: Number(this.secondsSelect.value) });
      this.showSolving(status);
      this.poll();
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  async stop() {
    try {
      await del(`${this.rosterPath}/solving`);
      this.solveText.textContent = 'Stopping…';
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  showSolving(status) {
    const solving = status.solverStatus !== 'NOT_SOLVING';
    this.progress.hidden = !solving;
    this.progress.value = status.progressPercent;
    if (this.solveButton) {
      this.solveButton.hidden = solving;
      this.stopButton.hidden = !solving;
      this.root.querySelector('#accept').disabled = solving;
    }
    this.scoreText.textContent = `Score ${status.bestScore ?? this.board.score}`;
    this.solveText.textContent = solving
      ? `${status.solverStatus === 'SCHEDULED' ? 'Waiting for a solver' : 'Solving'}: ${status.progressPercent}% · ${status.assignedVisits}/${status.visits} visits planned`
      : status.error ? `Solving failed: ${status.error}` : '';
  }

  /** Polls the solver once a second without blocking the page; redraws the board when the best score changes. */
  poll() {
    clearTimeout(this.pollTimer);
    let lastScore = this.board.score;
    let lastRedraw = Date.now();
    const tick = async () => {
      if (!this.alive()) return;
      try {
        const status = await get(`${this.rosterPath}/solving`);
        this.showSolving(status);
        if (status.solverStatus === 'NOT_SOLVING') {
          await this.reload();
          this.showSolving(status);
          this.solveText.textContent = `Solved: ${status.assignedVisits}/${status.visits} visits planned.`;
          toast('Solving finished.');
          return;
        }
        // a redraw costs the server a score analysis of the week: at most every few seconds, however often it improves
        if (status.bestScore && status.bestScore !== lastScore && Date.now() - lastRedraw >= REDRAW_EVERY_MS) {
          lastScore = status.bestScore;
          lastRedraw = Date.now();
          await this.reload({ kpis: false });
          this.showSolving(status);
        }
      } catch (e) {
        this.solveText.textContent = `Lost contact: ${e.message}; retrying…`;
      }
      this.pollTimer = setTimeout(tick, 1000);
    };
    this.pollTimer = setTimeout(tick, 700);
  }

  async accept() {
    const broken = [...new Set(this.board.visits.flatMap((v) => v.brokenHardRules))];
    const dialog = el('dialog', { id: 'accept-dialog', 'aria-labelledby': 'accept-title' });
    const confirm = broken.length
      ? field({ name: 'confirmBrokenHardRules', label: 'The team knows better: accept anyway', type: 'checkbox' }) : null;
    const form = el('form', { method: 'dialog' },
      el('h2', { id: 'accept-title' }, `Accept the roster of ${this.board.isoWeek}?`),
      el('p', {}, 'Accepting publishes it as the week\'s next version: nurses see it on their phones and in exports.'),
      broken.length ? el('div', { class: 'form-error' }, el('p', {}, 'This roster breaks hard rules:'), el('ul', {}, broken.map((b) => el('li', {}, b)))) : null,
      confirm,
      el('div', { class: 'row' },
        el('button', { type: 'submit', class: 'primary', value: 'accept' }, 'Accept'),
        el('button', { type: 'button', value: 'cancel', onclick: () => dialog.close() }, 'Cancel')));
    dialog.append(form);
    document.body.append(dialog);
    dialog.addEventListener('close', () => dialog.remove());
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const snapshot = await post(`${this.rosterPath}/acceptance`, {
          rosterVersion: this.board.version, confirmBrokenHardRules: !!form.elements.confirmBrokenHardRules?.checked,
        });
        dialog.close();
        toast(`Accepted as version ${snapshot.versionNumber}.`);
        await this.load();
      } catch (err) {
        showErrors(form, err);
      }
    });
    dialog.showModal();
  }

  async replan() {
    const dialog = el('dialog', { id: 'replan-dialog', 'aria-labelledby': 'replan-title' });
    const now = new Date();
    now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
    const form = el('form', {},
      el('h2', { id: 'replan-title' }, 'Re-plan this week'),
      el('p', {}, 'A new draft starts from the accepted roster. Visits before the freeze time stay exactly as they are; after it, the solver may change what reality requires (the team reviews the changes before accepting).'),
      field({ name: 'freezeAt', label: 'Keep everything before', type: 'datetime-local', value: now.toISOString().substring(0, 16) }),
      el('div', { class: 'row' },
        el('button', { type: 'submit', class: 'primary' }, 'Create re-plan draft'),
        el('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel')));
    dialog.append(form);
    document.body.append(dialog);
    dialog.addEventListener('close', () => dialog.remove());
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const value = form.elements.freezeAt.value;
        const draft = await post(`${this.rosterPath}/replans`, { freezeAt: value ? new Date(value).toISOString() : null });
        dialog.close();
        toast('Re-plan draft created: solve it, review the changes, then accept.');
        this.rosterId = draft.id;
        await this.load();
      } catch (err) {
        showErrors(form, err);
      }
    });
    dialog.showModal();
  }

  goWeek(week) {
    this.week = week;
    this.rosterId = null;
    this.day = null;
    this.selected = null;
    this.load().catch((e) => toast(e.message, 'error'));
  }

  goDay(day) {
    this.day = day;
    this.ctx.replaceParams({ day });
    this.render();
  }
}

function rosterLabel(r) {
  const state = r.status === 'ACCEPTED' ? `accepted v${r.acceptedVersion}` : r.status === 'SUPERSEDED' ? `superseded v${r.acceptedVersion ?? ''}` : 'draft';
  return `#${r.id} ${state}${r.basedOnRosterId ? ` (re-plan of #${r.basedOnRosterId})` : ''}`;
}
