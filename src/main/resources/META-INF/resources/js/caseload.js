// Caseload pages (nurses, clients with their care plans, the team's constraint weights): app.js routes
// #/nurses, #/nurses/{id|new}, #/clients, #/clients/{id|new} and #/weights to these five functions.
import * as nurses from './nurses.js';
import * as clients from './clients.js';
import * as weights from './weights.js';

/**
 * POST /api/auth/token answers the role in lower case ("member"), so a member is recognised whatever the case:
 * only members change their team's caseload; coordinators and admins read it.
 */
function normalised(ctx) {
  const role = String(ctx.role || '').toUpperCase();
  return { ...ctx, role, canPlan: role === 'MEMBER' };
}

const wrap = (render) => (ctx, ...args) => render(normalised(ctx), ...args);

export const renderNurses = wrap(nurses.renderNurses);
export const renderNurse = wrap(nurses.renderNurse);
export const renderClients = wrap(clients.renderClients);
export const renderClient = wrap(clients.renderClient);
export const renderWeights = wrap(weights.renderWeights);
