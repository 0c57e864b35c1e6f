// Caseload pages (nurses, clients with their care plans, the team's constraint weights): app.js routes
// #/nurses, #/nurses/{id|new}, #/clients, #/clients/{id|new} and #/weights to these five functions. They read
// ctx.canPlan and ctx.maySeeClientNotes as the server sent them with the team: only members change their team's
// caseload and read its clients' notes.
export { renderNurse, renderNurses } from './nurses.js';
export { renderClient, renderClients } from './clients.js';
export { renderWeights } from './weights.js';
