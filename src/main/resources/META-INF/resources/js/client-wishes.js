// "What matters to her" on the team's client page: the client's wishes as a member records them with her (time of
// day per care plan, every day or per weekday; nurses she likes and would rather not see; how much continuity
// matters; her own words). Versioned: a stale save says someone else changed them and shows theirs.
import { ApiError, get, getAll, putVersioned } from './api.js';
import { clearErrors, el, explain, field, showErrors, toast } from './dom.js';
import { DAYS, DAY_LABEL, DAY_SHORT, teamZone, timeOfDay, zonedText } from './week.js';
import { checkGroup, rowField, rowList } from './widgets.js';

/** The weekdays a care plan has visits on: its days, or every day when it names none (as the server reads it). */
const daysOf = (plan) => (plan?.days?.length ? DAYS.filter((d) => plan.days.includes(d)) : DAYS);

const daysText = (plan) => (plan.days?.length && plan.days.length < 7
  ? daysOf(plan).map((d) => DAY_SHORT[d]).join(' ') : 'every day');

/**
 * The card: her wishes, and for a member the form to change them. `nurses` is the page's {active, archived, byId}.
 */
export async function clientWishesCard(ctx, client, nurses) {
  const path = `/api/teams/${ctx.teamId}/clients/${client.id}/wishes`;
  const card = el('section', { class: 'card client-wishes', 'aria-labelledby': 'wishes-title' });
  const nurseName = (id) => nurses.byId.get(Number(id))?.name || `#${id}`;
  let wishes;
  let plans;

  const read = async () => {
    [wishes, plans] = await Promise.all([
      get(path),
      getAll(`/api/teams/${ctx.teamId}/clients/${client.id}/care-plans?sort=createdAt&archived=false`),
    ]);
  };

  const draw = (notice) => {
    const form = wishesForm();
    if (notice) {
      form.prepend(notice);
    }
    const changed = wishes.version > 0
      ? `Last changed on ${zonedText(wishes.updatedAt, teamZone(ctx))}.` : 'None recorded yet.';
    card.replaceChildren(
      el('h2', { id: 'wishes-title', tabindex: '-1' }, 'What matters to her'),
      el('p', { class: 'hint' }, 'Her wishes, recorded with her: the plan tries to meet them, the team’s rules come '
        + 'first. ', changed),
      form);
    return form;
  };

  const wishesForm = () => {
    const planById = new Map(plans.map((p) => [p.id, p]));
    // a wish on a plan archived since then stays in the list (saving answers which one), named by its number
    const planOptions = [...plans.map((p) => ({ value: p.id, label: `${p.description} (${daysText(p)})` })),
      ...wishes.timeWishes.filter((w) => !planById.has(w.carePlanId))
        .map((w) => ({ value: w.carePlanId, label: `Care plan #${w.carePlanId} (no longer in force)` }))]
      .filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);

    const times = rowList({
      name: 'timeWishes',
      legend: 'Wished times',
      hint: 'Per care plan: every day, or a different time on one weekday of the plan. Leave one of the times '
        + 'empty for “not before” or “not after” only.',
      items: wishes.timeWishes,
      addLabel: 'Add a time wish',
      newItem: () => ({ carePlanId: plans[0]?.id ?? null, weekday: null, notBefore: '', notAfter: '' }),
      makeRow: (w, i) => {
        const plan = rowField({
          name: `timeWishes[${i}].carePlanId`, label: 'Care plan', type: 'select', value: w.carePlanId,
          options: planOptions,
        }, 'wished time');
        const day = rowField({
          name: `timeWishes[${i}].weekday`, label: 'Day', type: 'select', value: w.weekday || '', options: [],
        }, 'wished time');
        const dayOptions = () => {
          const wanted = day.input.value || w.weekday || '';
          const days = daysOf(planById.get(Number(plan.input.value)));
          day.input.replaceChildren(el('option', { value: '' }, 'Every day'),
            ...days.map((d) => el('option', { value: d, selected: d === wanted }, DAY_LABEL[d])));
        };
        dayOptions();
        plan.input.addEventListener('change', dayOptions);
        // typed as text ("8.30", "0830"): a time input's AM/PM and segments differ by the browser's language
        const time = (part, label) => {
          const f = rowField({
            name: `timeWishes[${i}].${part}`, label, value: w[part] || '',
            attrs: { inputmode: 'numeric', maxlength: 5, size: 5, autocomplete: 'off', placeholder: 'hh:mm' },
          }, 'wished time');
          f.input.addEventListener('change', () => {
            f.input.value = timeOfDay(f.input.value) || f.input.value.trim();
          });
          return f;
        };
        const from = time('notBefore', 'Not before');
        const to = time('notAfter', 'Not after');
        return {
          node: el('div', { class: 'row-fields' }, plan.node, day.node, from.node, to.node),
          read: () => ({
            carePlanId: plan.input.value === '' ? null : Number(plan.input.value),
            weekday: day.input.value || null,
            notBefore: from.input.value,
            notAfter: to.input.value,
          }),
          relabel: (n) => [plan, day, from, to].forEach((x) => x.relabel(n)),
        };
      },
    });
    if (!plans.length && !wishes.timeWishes.length) {
      times.node.querySelector('.add-row')?.setAttribute('disabled', '');
      times.node.append(el('p', { class: 'hint' }, 'She has no care plan in force: no time to wish for yet.'));
    }

    // the team's refusal is its hard rule: a refused nurse is never offered as one she likes
    const refused = new Set(client.refusedNurseIds.map(String));
    const named = new Set([...wishes.likedNurseIds, ...wishes.avoidedNurseIds]);
    const offered = [...nurses.active, ...nurses.archived.filter((n) => named.has(n.id))]
      .map((n) => ({ value: n.id, label: n.name, note: n.archived ? '(archived)' : null }));
    const droppedLiked = wishes.likedNurseIds.filter((id) => refused.has(String(id)));
    const liked = checkGroup({
      name: 'likedNurseIds', legend: 'Nurses she likes to see',
      options: offered.filter((o) => !refused.has(String(o.value))),
      selected: wishes.likedNurseIds.filter((id) => !refused.has(String(id))),
      hint: refused.size ? `Not offered: ${[...refused].map(nurseName).join(', ')}, refused for her by the team.`
        : null,
      onchange: () => sync(),
    });
    const avoided = checkGroup({
      name: 'avoidedNurseIds', legend: 'Nurses she would rather not see',
      options: offered, selected: wishes.avoidedNurseIds, onchange: () => sync(),
      hint: 'A wish the plan weighs; the team’s “refused nurses” on her record are never planned.',
    });
    const sync = () => {
      // liked and avoided at once makes no sense: choosing a nurse in one list disables her in the other
      const l = new Set(liked.read());
      const a = new Set(avoided.read());
      const exclude = (box, other) => {
        box.disabled = other.has(box.value);
        box.closest('.check').classList.toggle('excluded', other.has(box.value));
        box.title = other.has(box.value) ? 'Chosen in the other list' : '';
      };
      liked.boxes.forEach((b) => exclude(b, a));
      avoided.boxes.forEach((b) => exclude(b, l));
    };
    sync();

    const continuity = el('fieldset', { class: 'field radio-group', dataset: { field: 'continuityImportance' } },
      el('legend', {}, 'How much seeing the same few nurses matters to her'),
      el('p', { class: 'field-error', role: 'alert', hidden: true }),
      // the server's choices, least first, with their words (GET /api/choices)
      ctx.choices.continuityImportances.map(({ value, label }) => {
        const id = `continuity-${value}`;
        return el('span', { class: 'check' },
          el('input', { type: 'radio', id, name: 'continuityImportance', value,
            checked: value === wishes.continuityImportance }),
          el('label', { for: id }, label));
      }));
    const own = field({
      name: 'ownWords', label: 'In her own words (shown to the visiting nurse)', type: 'textarea',
      value: wishes.ownWords || '', attrs: { maxlength: 500 },
      hint: 'A few words as she says them, up to 500 characters.',
    });

    // a time that cannot be read is named at its field before anything is sent
    const unreadable = [];
    const body = () => ({
      timeWishes: times.read().map((w, i) => {
        const parse = (part) => {
          const value = timeOfDay(w[part]);
          if (value === undefined) {
            unreadable.push({ field: `timeWishes[${i}].${part}`, message: 'is not a time: write it as hh:mm' });
          }
          return value ?? null;
        };
        return { ...w, notBefore: parse('notBefore'), notAfter: parse('notAfter') };
      }),
      likedNurseIds: liked.read().map(Number),
      avoidedNurseIds: avoided.read().map(Number),
      continuityImportance: continuity.querySelector('input:checked')?.value || null,
      ownWords: own.querySelector('textarea').value.trim() || null,
    });
    const form = el('form', { class: 'caseload-form wishes-form', 'aria-label': 'What matters to her' },
      times.node,
      droppedLiked.length ? el('p', { class: 'form-note', role: 'note' }, `${droppedLiked.map(nurseName).join(', ')}`
        + ' was among the nurses she likes but is refused for her by the team: saving takes that wish away.') : null,
      el('div', { class: 'grid-2' }, liked.node, avoided.node),
      continuity,
      own,
      el('div', { class: 'form-actions' }, el('button', { type: 'submit', class: 'primary' }, 'Save her wishes')));
    form.setAttribute('novalidate', '');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      unreadable.length = 0;
      const sent = body();
      if (unreadable.length) {
        showErrors(form, new ApiError(400, { errors: unreadable }));
        return;
      }
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      form.setAttribute('aria-busy', 'true');
      clearErrors(form);
      try {
        wishes = await putVersioned(path, sent, wishes.version);
        toast(`${client.name}'s wishes saved.`);
        draw().querySelector('button[type=submit]').focus();
      } catch (e) {
        if (!(e instanceof ApiError)) {
          throw e;
        }
        if (e.conflict) {
          await conflict();
          return;
        }
        showErrors(form, explain(e, {
          lists: {
            likedNurseIds: sent.likedNurseIds.map(nurseName), avoidedNurseIds: sent.avoidedNurseIds.map(nurseName),
          },
          rows: { timeWishes: 'wished time' },
          names: { notBefore: '“not before”', notAfter: '“not after”' },
        }));
        if (e.status !== 400) {
          toast(`Could not save her wishes: ${e.message}`, 'error');
        }
      } finally {
        if (button.isConnected) {
          button.disabled = false;
          form.removeAttribute('aria-busy');
        }
      }
    });
    return form;
  };

  // 409: someone else (a colleague, or she herself through her link) saved first: theirs are shown, ours are gone
  const conflict = async () => {
    await read();
    const notice = el('div', { class: 'form-error conflict', role: 'alert', tabindex: '-1' },
      el('strong', {}, 'Someone else changed her wishes while you were editing.'),
      el('p', {}, 'Their version is shown now; your changes were not saved: make them again if they still apply.'));
    draw(notice);
    notice.focus();
  };

  await read();
  draw();
  return card;
}
