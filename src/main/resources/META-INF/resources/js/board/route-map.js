// One nurse's day route on a Leaflet map without a tile layer: works offline, no tile server at run time.
// Stops are numbered in riding order; the line runs from her start location through the visits and back: drawn
// straight at once, then along the roads when the server has a map (drawRoads with the day's GeoJSON route).
import { el } from '../dom.js';
import { hhmm } from '../week.js';

/** Draws into `container` and returns the Leaflet map (call remove() before drawing again). */
export function drawRouteMap(container, lane, stops, others = []) {
  const L = window.L;
  if (!L) {
    container.append(el('p', {}, 'The map library did not load.'));
    return null;
  }
  const map = L.map(container, { zoomSnap: 0.25, attributionControl: false, keyboard: true });
  const home = [lane.startLatitude, lane.startLongitude];
  const points = [home, ...stops.map((v) => [v.latitude, v.longitude]), home];
  // the team's other clients of the day, faint: the neighbourhood the route runs through, without a tile server
  for (const visit of others) {
    L.circleMarker([visit.latitude, visit.longitude], {
      radius: 3, color: '#9aa7b4', weight: 1, fillOpacity: 0.5, interactive: false,
    }).addTo(map);
  }
  map.straightRoute = L.polyline(points, { color: '#0b6e69', weight: 4, opacity: 0.8 }).addTo(map);
  L.marker(home, {
    icon: L.divIcon({ className: 'map-stop map-home', html: '⌂', iconSize: [26, 26] }),
    title: `${lane.name}: start and end of the route`, alt: 'start',
  }).addTo(map);
  stops.forEach((visit, index) => {
    L.marker([visit.latitude, visit.longitude], {
      icon: L.divIcon({ className: 'map-stop', html: String(index + 1), iconSize: [26, 26] }),
      title: `${index + 1}. ${visit.clientName} ${hhmm(visit.plannedStart)}–${hhmm(visit.plannedEnd)}`,
      alt: `stop ${index + 1}`,
    }).addTo(map).bindTooltip(el('div', {}, `${index + 1}. ${visit.clientName}`, el('br'),
      `${hhmm(visit.plannedStart)}–${hhmm(visit.plannedEnd)}`, el('br'), visit.address || ''));
  });
  map.fitBounds(L.latLngBounds(points).pad(0.15));
  L.control.scale({ metric: true, imperial: false }).addTo(map);
  return map;
}

/**
 * Replaces the straight lines of drawRouteMap with the legs of `route` (a GeoJSON FeatureCollection from
 * .../nurses/{id}/route) when they follow the roads; a leg the map cannot route stays straight, dashed.
 * Returns whether it drew the roads.
 */
export function drawRoads(map, route) {
  const L = window.L;
  if (!L || !map || !route?.roadMap || !route.features?.length) {
    return false;
  }
  map.straightRoute?.remove();
  const roads = L.geoJSON(route, {
    interactive: false,
    style: (leg) => ({
      color: '#0b6e69', weight: 4, opacity: 0.8, dashArray: leg.properties.road ? null : '6 6',
      className: leg.properties.road ? 'route-road' : 'route-straight',
    }),
  }).addTo(map);
  map.fitBounds(roads.getBounds().pad(0.15));
  return true;
}
