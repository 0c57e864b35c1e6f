// Caseload pages (nurses, clients, care plans, weights): being built in a parallel branch.
import { el } from './dom.js';

const later = (ctx) => ctx.main.append(el('p', {}, 'This page arrives with the caseload pages.'));
export const renderNurses = later;
export const renderNurse = later;
export const renderClients = later;
export const renderClient = later;
export const renderWeights = later;
