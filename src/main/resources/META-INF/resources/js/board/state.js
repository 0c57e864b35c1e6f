// The board's one state object: what is shown (week, roster, day, selection), what was read (the week's rosters,
// the board, KPIs, readiness, the re-plan diff, clients' open cancellation requests, the solver's status), the
// reads themselves and the solver poll. Views listen to topics, so a change redraws only what it touches:
//   roster     another roster (or none) is shown: every part draws afresh
//   board      board and KPIs were read again (an override, a solve's progress, a decision)
//   day        another day tab, or the week overview
//   selection  another visit or nurse is selected (detail: {focus})
//   solving    the solver's status changed
//   readiness, diff, requests   that read came back
import { get, getAll } from '../api.js';
import { toast } from '../dom.js';
import { addDays, isIsoWeek, isoWeekOf, teamZone, todayIn } from '../week.js';

export const WEEK = 'week'; // the "day" of the week overview tab
const REDRAW_EVERY_MS = 3000; // a redraw costs the server a score analysis of the week

/** The state of one board view; `root` is its element (the poll stops once another view replaced it). */
export function createState(ctx, root) {
  const listeners = [];
  const teamTimeZone = teamZone(ctx);
  let loads = 0; // the newest load(): an older one that answers late is dropped
  let reads = 0; // the newest read of the board
  let pollTimer = null;
  const requestedWeek = ctx.params.get('week');

  const state = {
    ctx,
    base: `/api/teams/${ctx.teamId}`,
    // next week by default: the one a team plans; "next" as the team's calendar says, not the browser's
    week: isIsoWeek(requestedWeek) ? requestedWeek
      : sessionStorage.getItem('rondo.week') || isoWeekOf(addDays(todayIn(teamTimeZone), 7)),
    rosterId: Number(ctx.params.get('roster')) || null,
    day: ctx.params.get('day'),
    rosters: [],
    board: null,
    kpis: null,
    readiness: null,
    diff: null,
    requests: [],
    solving: { status: null, note: null },
    selected: null, // {kind: 'visit'|'nurse', id}

    /** The team's time zone: the roster's own once it is read. */
    get zone() {
      return this.board?.timeZone || teamTimeZone;
    },
    get rosterPath() {
      return `${this.base}/rosters/${this.rosterId}`;
    },
    /** The server says whether the roster can still change; the user must be one who plans. */
    get editable() {
      return this.ctx.canPlan && !!this.board?.editable;
    },
    alive: () => root.isConnected,

    on(topics, listener) {
      listeners.push({ topics: [].concat(topics), listener });
    },
    emit(topic, detail = {}) {
      if (!this.alive()) {
        return;
      }
      listeners.filter((l) => l.topics.includes(topic)).forEach((l) => l.listener(topic, detail));
    },

    // ---- lookups in what was read ----
    visit(visitId) {
      return this.board?.visits.find((v) => v.visitId === visitId);
    },
    nurseName(nurseId) {
      return this.board?.nurses.find((n) => n.nurseId === nurseId)?.name || 'nobody';
    },
    partnerOf(visit) {
      return visit.linkedVisitId ? this.visit(visit.linkedVisitId) : null;
    },
    /** The open cancellation request for this visit (matched by lineage: the request names the accepted visit). */
    requestOf(visit) {
      return this.requests.find((r) => r.lineageId === visit.lineageId);
    },
    /** The visit of the shown roster a request concerns, if it is on this board. */
    visitOf(request) {
      return this.board?.visits.find((v) => v.lineageId === request.lineageId && !v.cancelled);
    },
    isSelected(visit) {
      return this.selected?.kind === 'visit' && this.selected.id === visit.visitId;
    },
    today() {
      return todayIn(this.zone);
    },

    // ---- reads ----

    /** The week's rosters, then the chosen one with everything about it; emits "roster". */
    async load() {
      const load = ++loads;
      clearTimeout(pollTimer);
      sessionStorage.setItem('rondo.week', this.week);
      const all = await getAll(`${this.base}/rosters?sort=-createdAt`);
      if (load !== loads) return;
      this.rosters = all.filter((r) => r.isoWeek === this.week);
      if (!this.rosters.some((r) => r.id === this.rosterId)) {
        const current = this.rosters.find((r) => r.editable || r.inForce) || this.rosters[0];
        this.rosterId = current ? current.id : null;
      }
      Object.assign(this, { readiness: null, diff: null, requests: [], solving: { status: null, note: null } });
      this.ctx.replaceParams({ week: this.week, roster: this.rosterId, day: this.day });
      if (!this.rosterId) {
        this.board = null;
        this.kpis = null;
        this.emit('roster');
        return;
      }
      if (!await this.read({ kpis: true }) || load !== loads) return;
      this.emit('roster');
      this.readReadiness();
      this.readDiff();
      this.readRequests();
      const status = await get(`${this.rosterPath}/solving`);
      if (load !== loads) return;
      this.showSolving(status);
      if (status.solving) {
        this.poll();
      }
    },

    /** Board (and KPIs) of the shown roster read again, then "board"; the diff follows. False if outdated. */
    async reload({ kpis = true } = {}) {
      if (!await this.read({ kpis })) {
        return false;
      }
      this.emit('board');
      this.readDiff();
      return true;
    },

    async read({ kpis }) {
      const read = ++reads;
      const rosterId = this.rosterId;
      const [board, figures] = await Promise.all([
        get(`${this.rosterPath}/board`),
        kpis ? get(`${this.rosterPath}/kpis`) : Promise.resolve(this.kpis),
      ]);
      if (read !== reads || rosterId !== this.rosterId) {
        return false;
      }
      this.board = board;
      this.kpis = figures;
      if (!this.day || (this.day !== WEEK && !board.days.includes(this.day))) {
        const today = this.today();
        this.day = board.days.includes(today) ? today : board.days[0];
        this.ctx.replaceParams({ day: this.day });
      }
      if (this.selected?.kind === 'visit' && !this.visit(this.selected.id)) {
        this.selected = null; // cancelled meanwhile
      }
      return true;
    },

    /** Data problems no solver can fix; read once per roster (nothing on the board changes them). */
    async readReadiness() {
      const rosterId = this.rosterId;
      try {
        const report = await get(`${this.rosterPath}/readiness`);
        if (rosterId === this.rosterId) {
          this.readiness = report;
          this.emit('readiness');
        }
      } catch {
        // the board works without it
      }
    },

    /** A re-plan's changes against the accepted roster it started from. */
    async readDiff() {
      const rosterId = this.rosterId;
      if (!this.board?.basedOnRosterId) {
        this.diff = null;
        this.emit('diff');
        return;
      }
      let diff;
      try {
        diff = await get(`${this.rosterPath}/diff`);
      } catch (e) {
        diff = { error: e };
      }
      if (rosterId === this.rosterId) {
        this.diff = diff;
        this.emit('diff');
      }
    },

    /** Clients' open requests that a visit of this week is not needed: their own words, for members only. */
    async readRequests() {
      const rosterId = this.rosterId;
      if (!this.ctx.canPlan || !this.board) {
        return;
      }
      try {
        const week = encodeURIComponent(this.board.isoWeek);
        const open = await get(`${this.base}/cancellation-requests?status=OPEN&week=${week}`);
        if (rosterId === this.rosterId) {
          this.requests = open;
          this.emit('requests');
        }
      } catch {
        // the board works without them
      }
    },

    // ---- the solver ----

    /** A solve status as shown; `note` replaces the text the status would give ("Solved: ...", "Lost contact"). */
    showSolving(status, note = null) {
      this.solving = { status, note };
      this.emit('solving');
    },

    /** Polls the solver once a second without blocking the page; reads the board again when the score moves. */
    poll() {
      clearTimeout(pollTimer);
      const rosterId = this.rosterId;
      let lastScore = this.board.score;
      let lastRedraw = Date.now();
      const current = () => this.alive() && rosterId === this.rosterId;
      const tick = async () => {
        if (!current()) return;
        try {
          const status = await get(`${this.rosterPath}/solving`);
          if (!current()) return;
          if (!status.solving) {
            await this.reload();
            this.showSolving(status, `Solved: ${status.assignedVisits}/${status.visits} visits planned.`);
            toast('Solving finished.');
            return;
          }
          this.showSolving(status);
          if (status.bestScore && status.bestScore !== lastScore && Date.now() - lastRedraw >= REDRAW_EVERY_MS) {
            lastScore = status.bestScore;
            lastRedraw = Date.now();
            await this.reload({ kpis: false });
          }
        } catch (e) {
          this.showSolving(this.solving.status, `Lost contact: ${e.message}; retrying…`);
        }
        pollTimer = setTimeout(tick, 1000);
      };
      pollTimer = setTimeout(tick, 700);
    },

    // ---- moving around ----

    goDay(day) {
      if (day === this.day) return;
      this.day = day;
      this.ctx.replaceParams({ day });
      this.emit('day');
    },

    /** Another week: its current roster (a failed read is told, not thrown: these run from buttons). */
    goWeek(week) {
      Object.assign(this, { week, rosterId: null, day: null, selected: null });
      return this.load().catch((e) => toast(e.message, 'error'));
    },

    chooseRoster(rosterId) {
      Object.assign(this, { rosterId, selected: null });
      return this.load().catch((e) => toast(e.message, 'error'));
    },

    select(selection, { focus = true } = {}) {
      this.selected = selection;
      this.emit('selection', { focus });
    },

    /** Shows a visit's day and selects it. */
    openVisit(visit) {
      this.selected = { kind: 'visit', id: visit.visitId };
      this.goDay(visit.date);
      this.emit('selection', { focus: true });
    },
  };
  return state;
}
