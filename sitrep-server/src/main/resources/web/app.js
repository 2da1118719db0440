// Sitrep's map page: events on a map, a timeline, filters, an event panel with its claims and the
// review actions, and a table. Talks to the API of docs/api.md. Everything an event or a claim
// holds came from outside (article text), so the DOM is built with textContent and
// createElement only, never innerHTML.
// SPDX-License-Identifier: GPL-3.0-or-later
(function () {
  'use strict';

  const EVENT_COLOURS = {
    'Battles': '#c0392b',
    'Explosions/Remote violence': '#e67e22',
    'Violence against civilians': '#8e44ad',
    'Protests': '#2e86c1',
    'Riots': '#17a589',
    'Strategic developments': '#7f8c8d',
  };
  const OTHER_COLOUR = '#34495e';
  const SUB_EVENT_TYPES = [
    'Armed clash', 'Government regains territory', 'Non-state actor overtakes territory',
    'Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED', 'Grenade', 'Sexual violence', 'Attack',
    'Abduction/forced disappearance', 'Peaceful protest', 'Protest with intervention',
    'Excessive force against protesters', 'Violent demonstration', 'Mob violence', 'Agreement',
    'Arrests', 'Change to group/activity', 'Disrupted weapons use',
    'Headquarters or base established', 'Looting/property destruction',
    'Non-violent transfer of territory', 'Other',
  ];
  // Most certain first, as docs/api.md orders them.
  const MODALITIES = [
    'asserted', 'reported', 'claimed', 'alleged', 'denied', 'planned', 'speculative', 'hypothetical',
  ];
  const SURE_MODALITIES = new Set(['asserted', 'reported']);
  const FILTERS = [
    'q', 'country', 'event_type', 'sub_event_type', 'actor', 'source', 'modality', 'since', 'until',
  ];
  const DATE_FILTERS = ['since', 'until'];
  const PANEL_FIELDS = [
    'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1',
    'actor2', 'assoc_actor_2', 'interaction', 'location', 'admin3', 'admin2', 'admin1', 'country',
    'latitude', 'longitude', 'geo_precision', 'fatalities', 'source', 'notes', 'event_id_cnty',
    'sitrep_event_id', 'sitrep_origin', 'sitrep_claims', 'sitrep_first_day', 'sitrep_last_day',
  ];
  const EDIT_FIELDS = [
    { name: 'event_date', type: 'date' },
    { name: 'event_type', type: 'select' },
    { name: 'sub_event_type', type: 'text', list: 'sub-event-types' },
    { name: 'actor1', type: 'text' },
    { name: 'actor2', type: 'text' },
    { name: 'location', type: 'text' },
    { name: 'latitude', type: 'number', step: 'any', min: -90, max: 90 },
    { name: 'longitude', type: 'number', step: 'any', min: -180, max: 180 },
    { name: 'fatalities', type: 'number', step: 1, min: 0 },
  ];
  const TABLE_COLUMNS = [
    { key: 'event_date', label: 'Date' },
    { key: 'event_type', label: 'Type' },
    { key: 'sub_event_type', label: 'Sub-type' },
    { key: 'actor1', label: 'Actor 1' },
    { key: 'actor2', label: 'Actor 2' },
    { key: 'location', label: 'Location' },
    { key: 'country', label: 'Country' },
    { key: 'fatalities', label: 'Fatalities', numeric: true },
    { key: 'sitrep_modality', label: 'Modality', value: eventModality },
    { key: 'sitrep_claims', label: 'Claims', numeric: true },
    { key: 'sitrep_review_state', label: 'Review', value: reviewState },
  ];
  const TIME_PRECISION = { 1: 'day', 2: 'week', 3: 'month' };
  const DEFAULT_SORT = { key: 'event_date', desc: true };
  const MAX_EVENTS = 10000;
  // What the map, timeline and table show of each event: 10,000 events' notes would triple the load.
  const LIST_FIELDS = ['sitrep_event_id', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2',
    'location', 'country', 'latitude', 'longitude', 'fatalities', 'sitrep_modality', 'sitrep_claims',
    'sitrep_review_state'];
  const MAX_TABLE_ROWS = 500;
  const DAY_MS = 86400000;
  const TOKEN_KEY = 'sitrep.token';
  const TOKEN_NEEDED = 'Reviewing needs an API token: enter one under “Reviewing” in the side bar';
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const VIEWS = ['map', 'table', 'places'];

  const state = {
    filters: {},
    view: 'map',
    sort: DEFAULT_SORT,
    eventId: null,
    events: [],
    total: 0,
    loadSeq: 0,
    tableStale: true,
    placesStale: true, // the places no gazetteer knew change with writes only, not with the filters
    placesSeq: 0,
    fitted: false,
    context: null, // per-day counts without the date filters: {key, counts}
    histogram: null, // what the timeline last drew: {counts, first, last, left, dayWidth}
    brush: null, // a drag in progress: {startDay, endDay}
  };
  const countries = new Set();
  let map;
  let cluster;
  let EventMarker; // a circle marker class that tags its SVG path (made in initMap, once Leaflet is there)
  let hoverTip;
  let finishMarkers = null;
  let markersIdle = Promise.resolve();
  let messageTimer = null;

  const $ = (id) => document.getElementById(id);

  // ---- small helpers ----

  /** An element with properties (text, className, dataset, on<event>, attributes) and children. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'text') node.textContent = value;
      else if (key === 'className') node.className = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    }
    node.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
    return node;
  }

  function svgEl(tag, attrs) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    return node;
  }

  const dayNumber = (iso) => Math.floor(Date.parse(iso + 'T00:00:00Z') / DAY_MS);
  const isoDay = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  const formatCount = (n) => Number(n).toLocaleString('en');
  const isBlank = (value) => value === null || value === undefined || value === '';
  const eventsText = (n) => `${formatCount(n)} event${n === 1 ? '' : 's'}`;

  function eventModality(e) {
    return e.sitrep_modality || '';
  }

  function reviewState(e) {
    return e.sitrep_review_state || 'unreviewed';
  }

  function reviewedFields(e) {
    return new Set(String(e.sitrep_reviewed_fields || '').split(';').filter(Boolean));
  }

  function eventPoint(e) {
    if (isBlank(e.latitude) || isBlank(e.longitude)) return null;
    const lat = Number(e.latitude);
    const lon = Number(e.longitude);
    return Number.isFinite(lat) && Number.isFinite(lon) ? [lat, lon] : null;
  }

  function isWebUrl(text) {
    try {
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch (err) {
      return false;
    }
  }

  const typeColour = (type) => EVENT_COLOURS[type] || OTHER_COLOUR;
  const markerRadius = (fatalities) => Math.min(5 + 3 * Math.sqrt(Math.max(0, Number(fatalities) || 0)), 24);

  // ---- the API ----

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** Calls the API and answers its JSON; throws an ApiError with the server's {"error"} text. */
  async function api(path, options = {}) {
    const response = await send(path, options);
    return response.json().catch(() => null);
  }

  /** Calls the API and answers the response when it is a success, else throws as api does. */
  async function send(path, options = {}) {
    const headers = { Accept: options.accept || 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    // Reads send the token too: a server started with --reads-need-token answers nothing without it.
    const token = options.token || currentToken();
    if (token) headers.Authorization = 'Bearer ' + token;
    let response;
    try {
      response = await fetch(path, {
        method: options.method || 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch (err) {
      throw new ApiError(0, 'the server could not be reached');
    }
    if (!response.ok) {
      const data = await response.json().catch(() => null);
      throw new ApiError(response.status, data && data.error ? String(data.error) : response.statusText);
    }
    return response;
  }

  function queryString(filters) {
    const params = new URLSearchParams();
    for (const name of FILTERS) {
      if (filters[name]) params.set(name, filters[name]);
    }
    return params.toString();
  }

  /**
   * Asks for the newest events that pass the filters, as rows of values (format=columns: half the
   * bytes of one object per event), and answers {events, total} with each event an object of the
   * fields asked for.
   */
  async function fetchEvents(filters, fields = LIST_FIELDS) {
    const query = queryString(filters);
    const data = await api('/api/events?' + (query ? query + '&' : '') + 'limit=' + MAX_EVENTS
      + '&format=columns&fields=' + fields.join(','));
    const columns = Array.isArray(data.columns) ? data.columns : [];
    const at = fields.map((name) => columns.indexOf(name));
    const rows = Array.isArray(data.rows) ? data.rows : [];
    const events = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const e = {};
      for (let f = 0; f < fields.length; f++) e[fields[f]] = at[f] < 0 ? null : row[at[f]];
      events[r] = e;
    }
    return { events, total: Number(data.total) || 0 };
  }

  const eventPath = (id) => '/api/events/' + encodeURIComponent(id);

  // ---- messages, loading and empty states ----

  function showMessage(text, kind = 'error') {
    const box = $('message');
    box.textContent = text;
    box.className = kind;
    box.hidden = false;
    clearTimeout(messageTimer);
    // Successes fade by themselves; errors stay until clicked away.
    if (kind === 'ok') messageTimer = setTimeout(hideMessage, 4000);
  }

  function hideMessage() {
    $('message').hidden = true;
  }

  function showApiError(what, err) {
    const status = err.status ? ` (${err.status})` : '';
    const hint = err.status === 401 ? ' — check the API token in the side bar' : '';
    showMessage(`${what} failed${status}: ${err.message}${hint}`);
  }

  function setLoading(loading) {
    $('loading').hidden = !loading;
  }

  function updateCount() {
    const shown = state.events.length;
    const text = shown < state.total
      ? `${formatCount(shown)} of ${formatCount(state.total)} events (the newest)`
      : eventsText(state.total);
    $('event-count').textContent = text;
  }

  // ---- location.hash: the filters, view, sort and open event, so that a URL can be shared ----

  function readHash() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const filters = {};
    for (const name of FILTERS) {
      const value = (params.get(name) || '').trim();
      if (value) filters[name] = value;
    }
    const sortParam = params.get('sort') || '';
    const sortKey = sortParam.replace(/^-/, '');
    const sort = TABLE_COLUMNS.some((c) => c.key === sortKey)
      ? { key: sortKey, desc: sortParam.startsWith('-') }
      : DEFAULT_SORT;
    return {
      filters,
      view: VIEWS.includes(params.get('view')) ? params.get('view') : 'map',
      sort,
      eventId: params.get('event') || null,
    };
  }

  function writeHash() {
    const params = new URLSearchParams(queryString(state.filters));
    if (state.view !== 'map') params.set('view', state.view);
    if (state.sort.key !== DEFAULT_SORT.key || state.sort.desc !== DEFAULT_SORT.desc) {
      params.set('sort', (state.sort.desc ? '-' : '') + state.sort.key);
    }
    if (state.eventId) params.set('event', state.eventId);
    const hash = params.toString();
    if (location.hash.replace(/^#/, '') !== hash) location.hash = hash;
  }

  /**
   * Follows a hash changed by the user (typed, pasted, back button). The whole wanted state is
   * taken first, so that the effects below write back the same hash and add no history entry;
   * our own writes land here too and change nothing.
   */
  function onHashChange() {
    const wanted = readHash();
    const filtersChanged = queryString(wanted.filters) !== queryString(state.filters);
    const sortChanged = wanted.sort.key !== state.sort.key || wanted.sort.desc !== state.sort.desc;
    const eventChanged = wanted.eventId !== state.eventId;
    Object.assign(state, { filters: wanted.filters, sort: wanted.sort, eventId: wanted.eventId });
    if (filtersChanged) {
      setFormFilters(wanted.filters);
      refreshEvents();
    }
    if (sortChanged) state.tableStale = true;
    if (wanted.view !== state.view || (sortChanged && state.view === 'table')) setView(wanted.view);
    if (eventChanged) {
      if (wanted.eventId) openEvent(wanted.eventId);
      else closeEvent();
    }
  }

  // ---- filters ----

  function fillFilterOptions() {
    const option = (value) => el('option', { value, text: value });
    $('f-event_type').append(...Object.keys(EVENT_COLOURS).map(option));
    $('f-modality').append(...MODALITIES.map(option));
    $('sub-event-types').append(...SUB_EVENT_TYPES.map(option));
  }

  function formFilters() {
    const form = $('filters');
    const filters = {};
    for (const name of FILTERS) {
      const value = form.elements[name].value.trim();
      if (value) filters[name] = value;
    }
    return filters;
  }

  function setFormFilters(filters) {
    const form = $('filters');
    for (const name of FILTERS) form.elements[name].value = filters[name] || '';
  }

  function applyFilters(filters) {
    if (queryString(filters) === queryString(state.filters)) return;
    state.filters = filters;
    writeHash();
    refreshEvents();
  }

  /** Remembers the countries seen, for the country input's suggestions. */
  function rememberCountries(events) {
    const before = countries.size;
    for (const e of events) if (e.country) countries.add(e.country);
    if (countries.size === before) return;
    const list = $('countries');
    list.replaceChildren(...[...countries].sort().map((name) => el('option', { value: name })));
  }

  // ---- loading the events ----

  /** Starts asking for the events that pass the filters: {started, answer} (a promise). */
  function requestEvents(filters) {
    const request = { started: performance.now(), answer: fetchEvents(filters) };
    request.answer.catch(() => null); // awaited later: not an unhandled rejection meanwhile
    return request;
  }

  /**
   * Loads the events that pass the filters (or takes the request already made for them) and
   * renders them; answers {fetchMs, renderMs}.
   */
  async function loadEvents(request = requestEvents(state.filters)) {
    const seq = ++state.loadSeq;
    setLoading(true);
    const started = request.started;
    let data;
    try {
      data = await request.answer;
    } catch (err) {
      if (seq === state.loadSeq) {
        setLoading(false);
        showApiError('Loading the events', err);
      }
      throw err;
    }
    if (seq !== state.loadSeq) return null; // a newer load has started
    const arrived = performance.now();
    state.events = data.events;
    state.total = data.total;
    await renderEvents();
    if (seq === state.loadSeq) setLoading(false);
    return { fetchMs: Math.round(arrived - started), renderMs: Math.round(performance.now() - arrived) };
  }

  /** Reloads without waiting; a failure is already shown in the message area. */
  function refreshEvents() {
    return loadEvents().catch(() => null);
  }

  async function renderEvents() {
    updateCount();
    $('empty').hidden = state.total !== 0;
    rememberCountries(state.events);
    const query = queryString(state.filters);
    $('csv-download').href = '/api/export.csv' + (query ? '?' + query : '');
    state.tableStale = true;
    if (state.view === 'table') renderTable();
    renderTimeline();
    fitMapOnce();
    await renderMarkers(state.events);
  }

  // ---- the map ----

  function initMap() {
    // No attribution control: the credits footer names every source.
    // Without tile layers the map has no maxZoom of its own, and markercluster needs one. It
    // indexes every zoom level: 10 rather than 12 levels clusters 10,000 markers about three
    // times faster, and zoom 10 still tells towns apart (the basemap shows nothing finer).
    map = L.map('map', { minZoom: 2, maxZoom: 10, attributionControl: false }).setView([25, 20], 2);
    map.createPane('basemap').style.zIndex = 250;
    EventMarker = L.CircleMarker.extend({
      /** Leaflet makes a new path each time a marker is shown (clusters come and go): tag it anew. */
      onAdd(target) {
        L.CircleMarker.prototype.onAdd.call(this, target);
        this._path.setAttribute('data-event-id', this.sitrepId);
        this._path.setAttribute('data-modality', eventModality(this.sitrepEvent));
      },
    });
    cluster = L.markerClusterGroup({
      chunkedLoading: true,
      chunkDelay: 5, // a short breather between chunks, not markercluster's 50 ms
      chunkProgress: onMarkerChunk,
      showCoverageOnHover: false,
      maxClusterRadius: 45,
      spiderfyOnMaxZoom: true,
    });
    cluster.on('click', (e) => {
      if (e.layer.sitrepId) openEvent(e.layer.sitrepId);
    });
    cluster.on('mouseover', (e) => {
      if (e.layer.sitrepEvent) showHoverTip(e.layer);
    });
    cluster.on('mouseout', () => map.closeTooltip(hoverTip));
    // One tooltip for all markers: 10,000 bound tooltips would cost more than the markers.
    hoverTip = L.tooltip({ direction: 'top', offset: [0, -6] });
    map.addLayer(cluster);
  }

  /** Starts fetching the country shapes: a promise of the GeoJSON, or of null when there is none. */
  function requestBasemap() {
    return fetch('/basemap/countries.geojson')
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null);
  }

  async function loadBasemap(request) {
    try {
      const countriesGeoJson = await request;
      if (!countriesGeoJson) throw new Error('no basemap');
      L.geoJSON(countriesGeoJson, { pane: 'basemap', interactive: false, className: 'country' }).addTo(map);
    } catch (err) {
      // The page works without the basemap; the credits say it is missing.
      $('basemap-missing').hidden = false;
    }
  }

  function onMarkerChunk(processed, total) {
    if (processed === total && finishMarkers) {
      const finish = finishMarkers;
      finishMarkers = null;
      finish();
    }
  }

  /** Replaces the markers; waits for an earlier replacement still adding its chunks. */
  function renderMarkers(events) {
    markersIdle = markersIdle.then(() => replaceMarkers(events));
    return markersIdle;
  }

  function replaceMarkers(events) {
    return new Promise((resolve) => {
      cluster.clearLayers();
      const markers = [];
      for (const e of events) {
        const point = eventPoint(e);
        if (point) markers.push(makeMarker(e, point));
      }
      if (!markers.length) {
        resolve();
        return;
      }
      finishMarkers = resolve;
      cluster.addLayers(markers, true); // true: no layeradd event per marker, nobody listens
    });
  }

  function makeMarker(e, point) {
    const sure = SURE_MODALITIES.has(eventModality(e));
    const colour = typeColour(e.event_type);
    const marker = new EventMarker(point, {
      radius: markerRadius(e.fatalities),
      color: sure ? '#1d1d1d' : colour,
      weight: sure ? 0.8 : 2,
      opacity: sure ? 0.7 : 1,
      dashArray: sure ? null : '4 3',
      fillColor: colour,
      fillOpacity: sure ? 0.75 : 0.2,
      className: sure ? 'sitrep-marker' : 'sitrep-marker sitrep-marker-uncertain',
    });
    marker.sitrepId = e.sitrep_event_id;
    marker.sitrepEvent = e;
    return marker;
  }

  function showHoverTip(marker) {
    const e = marker.sitrepEvent;
    const where = [e.location, e.country].filter(Boolean).join(', ');
    const content = el('div', { className: 'hover-tip' },
      el('strong', { text: e.event_type || 'Event' }), el('br'),
      [e.event_date, where].filter(Boolean).join(' · '), el('br'),
      `${e.fatalities || 0} fatalities · ${eventModality(e)}`);
    hoverTip.setLatLng(marker.getLatLng()).setContent(content);
    map.openTooltip(hoverTip);
  }

  /** Zooms to the events the first time there are some; later loads keep the analyst's view. */
  function fitMapOnce() {
    if (state.fitted) return;
    let south = Infinity;
    let west = Infinity;
    let north = -Infinity;
    let east = -Infinity;
    for (const e of state.events) {
      const point = eventPoint(e);
      if (!point) continue;
      south = Math.min(south, point[0]);
      north = Math.max(north, point[0]);
      west = Math.min(west, point[1]);
      east = Math.max(east, point[1]);
    }
    if (south > north) return; // no event has a point
    map.fitBounds([[south, west], [north, east]], { padding: [20, 20], maxZoom: 7, animate: false });
    state.fitted = true;
  }

  function buildLegend() {
    const list = $('legend-types');
    for (const [type, colour] of Object.entries(EVENT_COLOURS)) {
      const swatch = el('span', { className: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = colour;
      list.append(el('li', {}, swatch, type));
    }
  }

  // ---- the timeline: events per day, with a brush that sets since/until ----

  /** Events per day, as a map from day number to count (one pass; undated events skipped). */
  function dayCounts(events) {
    const byDate = new Map();
    for (const e of events) {
      if (e.event_date) byDate.set(e.event_date, (byDate.get(e.event_date) || 0) + 1);
    }
    const counts = new Map();
    for (const [date, count] of byDate) {
      const day = dayNumber(date);
      if (Number.isFinite(day)) counts.set(day, count);
    }
    return counts;
  }

  function withoutDates(filters) {
    const rest = { ...filters };
    for (const name of DATE_FILTERS) delete rest[name];
    return rest;
  }

  /**
   * Draws the days of the events under every filter but the dates, so that the brush shows the
   * chosen range among the others; with a date filter those counts come from a second request,
   * made only when the other filters changed.
   */
  function renderTimeline() {
    const key = queryString(withoutDates(state.filters));
    const dated = state.filters.since || state.filters.until;
    if (!dated) {
      state.context = { key, counts: dayCounts(state.events) };
    } else if (!state.context || state.context.key !== key) {
      drawHistogram(dayCounts(state.events));
      loadContext(key);
      return;
    }
    drawHistogram(state.context.counts);
  }

  async function loadContext(key) {
    try {
      const data = await fetchEvents(withoutDates(state.filters), ['event_date']); // the histogram's days only
      state.context = { key, counts: dayCounts(data.events) };
      if (queryString(withoutDates(state.filters)) === key) drawHistogram(state.context.counts);
    } catch (err) {
      // The histogram of the filtered events stays; the brush still works on it.
    }
  }

  function drawHistogram(counts) {
    const svg = $('histogram');
    const width = svg.clientWidth || 600;
    const height = svg.clientHeight || 90;
    const pad = { left: 36, right: 10, top: 8, bottom: 18 };
    const days = [...counts.keys()];
    const since = state.filters.since ? dayNumber(state.filters.since) : null;
    const until = state.filters.until ? dayNumber(state.filters.until) : null;
    const bounds = days.concat([since, until].filter(Number.isFinite));
    svg.replaceChildren();
    if (!bounds.length) {
      state.histogram = null;
      svg.append(svgText(width / 2, height / 2, 'No dated events', 'middle', 'empty-note'));
      return;
    }
    const first = Math.min(...bounds);
    const last = Math.max(...bounds);
    const dayWidth = (width - pad.left - pad.right) / (last - first + 1);
    const max = Math.max(1, ...counts.values());
    const plotHeight = height - pad.top - pad.bottom;
    state.histogram = { counts, first, last, left: pad.left, dayWidth };

    const inRange = (day) => (since === null || day >= since) && (until === null || day <= until);
    const barWidth = Math.max(1, dayWidth - (dayWidth > 3 ? 1 : 0));
    const base = height - pad.bottom;
    // Two paths of bars (inside and outside the chosen dates) rather than an element per day.
    const paths = { in: [], out: [] };
    for (const [day, count] of counts) {
      const h = Math.max(1, (count / max) * plotHeight).toFixed(1);
      const x = (pad.left + (day - first) * dayWidth).toFixed(1);
      paths[inRange(day) ? 'in' : 'out'].push(`M${x} ${base}v-${h}h${barWidth.toFixed(1)}v${h}z`);
    }
    svg.append(
      svgEl('path', { class: 'bars-out', d: paths.out.join('') }),
      svgEl('path', { class: 'bars', d: paths.in.join('') }),
      svgEl('line', { class: 'axis', x1: pad.left, x2: width - pad.right, y1: base + 0.5, y2: base + 0.5 }),
      svgText(pad.left - 4, pad.top + 8, String(max), 'end', 'axis-label'),
      svgText(pad.left - 4, base, '0', 'end', 'axis-label'));
    for (const tick of tickDays(first, last, dayWidth)) {
      const x = pad.left + (tick.day - first) * dayWidth;
      svg.append(svgEl('line', { class: 'tick', x1: x, x2: x, y1: base, y2: base + 4 }),
        svgText(x, height - 4, tick.label, 'middle', 'axis-label'));
    }
    svg.append(svgEl('rect', {
      id: 'brush', class: 'brush', x: 0, y: pad.top, width: 0, height: plotHeight, visibility: 'hidden',
    }));
    if (since !== null || until !== null) {
      showBrush(since === null ? first : since, until === null ? last : until);
    }
  }

  function svgText(x, y, text, anchor, className) {
    const node = svgEl('text', { x, y, 'text-anchor': anchor, class: className });
    node.textContent = text;
    return node;
  }

  /** Labelled ticks at least 70 px apart: the first of months on long ranges, else round days. */
  function tickDays(first, last, dayWidth) {
    const ticks = [];
    const minGap = 70 / dayWidth;
    if (last - first > 120) {
      let previous = -Infinity;
      for (let day = first; day <= last; day++) {
        const iso = isoDay(day);
        if (iso.endsWith('-01') && day - previous >= minGap) {
          ticks.push({ day, label: iso.slice(0, 7) });
          previous = day;
        }
      }
      return ticks;
    }
    const step = [1, 2, 7, 14, 30].find((s) => s >= minGap) || 30;
    for (let day = first; day <= last; day += step) ticks.push({ day, label: isoDay(day).slice(5) });
    return ticks;
  }

  function showBrush(fromDay, toDay) {
    const h = state.histogram;
    const brush = $('brush');
    if (!h || !brush) return;
    const from = Math.max(h.first, Math.min(fromDay, toDay));
    const to = Math.min(h.last, Math.max(fromDay, toDay));
    brush.setAttribute('x', h.left + (from - h.first) * h.dayWidth);
    brush.setAttribute('width', Math.max(1, (to - from + 1) * h.dayWidth));
    brush.setAttribute('visibility', to >= from ? 'visible' : 'hidden');
  }

  function dayAt(clientX) {
    const h = state.histogram;
    const x = clientX - $('histogram').getBoundingClientRect().left;
    const day = h.first + Math.floor((x - h.left) / h.dayWidth);
    return Math.max(h.first, Math.min(h.last, day));
  }

  function onBrushStart(e) {
    if (!state.histogram || e.button !== 0) return;
    const day = dayAt(e.clientX);
    state.brush = { startDay: day, endDay: day };
    $('histogram').setPointerCapture(e.pointerId);
  }

  function onBrushMove(e) {
    if (!state.histogram) return;
    const day = dayAt(e.clientX);
    const count = state.histogram.counts.get(day) || 0;
    $('timeline-readout').textContent = `${isoDay(day)}: ${eventsText(count)}`;
    if (!state.brush) return;
    state.brush.endDay = day;
    showBrush(state.brush.startDay, day);
  }

  /** A drag over two or more days sets the range; a plain click does nothing (double-click clears). */
  function onBrushEnd() {
    const brush = state.brush;
    state.brush = null;
    if (!brush) return;
    if (brush.startDay === brush.endDay) {
      drawHistogram(state.histogram.counts);
      return;
    }
    setDates(isoDay(Math.min(brush.startDay, brush.endDay)), isoDay(Math.max(brush.startDay, brush.endDay)));
  }

  function setDates(since, until) {
    const form = $('filters');
    form.elements.since.value = since;
    form.elements.until.value = until;
    applyFilters(formFilters());
  }

  function bindTimeline() {
    const svg = $('histogram');
    svg.addEventListener('pointerdown', onBrushStart);
    svg.addEventListener('pointermove', onBrushMove);
    svg.addEventListener('pointerup', onBrushEnd);
    svg.addEventListener('pointercancel', onBrushEnd);
    svg.addEventListener('dblclick', () => setDates('', ''));
    $('timeline-clear').addEventListener('click', () => setDates('', ''));
  }

  // ---- the table ----

  function buildTableHead() {
    const row = $('events-table').tHead.rows[0];
    for (const column of TABLE_COLUMNS) {
      const button = el('button', { type: 'button', dataset: { sort: column.key }, text: column.label });
      button.addEventListener('click', () => sortTableBy(column.key));
      row.append(el('th', { scope: 'col', dataset: { key: column.key } }, button));
    }
  }

  /** A second click on a column turns its order round; dates and numbers start with the biggest. */
  function sortTableBy(key) {
    const column = TABLE_COLUMNS.find((c) => c.key === key);
    const desc = state.sort.key === key ? !state.sort.desc : key === 'event_date' || Boolean(column.numeric);
    state.sort = { key, desc };
    writeHash();
    renderTable();
  }

  const cellValue = (column, e) => (column.value ? column.value(e) : e[column.key]);

  function sortedEvents() {
    const column = TABLE_COLUMNS.find((c) => c.key === state.sort.key);
    const sign = state.sort.desc ? -1 : 1;
    return state.events.slice().sort((a, b) => {
      const x = cellValue(column, a);
      const y = cellValue(column, b);
      // Blanks go last whichever way the column is sorted.
      if (isBlank(x) || isBlank(y)) return isBlank(x) - isBlank(y);
      const order = column.numeric ? Number(x) - Number(y) : String(x).localeCompare(String(y));
      return sign * order;
    });
  }

  /** Renders at most MAX_TABLE_ROWS rows; the CSV has them all. */
  function renderTable() {
    state.tableStale = false;
    for (const th of $('events-table').tHead.rows[0].cells) {
      const sorted = th.dataset.key === state.sort.key;
      th.setAttribute('aria-sort', sorted ? (state.sort.desc ? 'descending' : 'ascending') : 'none');
    }
    const rows = sortedEvents().slice(0, MAX_TABLE_ROWS);
    const body = document.createDocumentFragment();
    for (const e of rows) body.append(tableRow(e));
    $('events-table').tBodies[0].replaceChildren(body);
    const loaded = state.events.length;
    $('table-note').textContent = loaded > rows.length
      ? `The first ${formatCount(rows.length)} of ${formatCount(state.total)} events; the CSV has them all.`
      : `${eventsText(rows.length)}.`;
  }

  function tableRow(e) {
    const row = el('tr', { tabindex: 0, dataset: { eventId: e.sitrep_event_id } });
    if (e.sitrep_event_id === state.eventId) row.classList.add('selected');
    for (const column of TABLE_COLUMNS) {
      const value = cellValue(column, e);
      const text = isBlank(value) ? '' : String(value);
      row.append(el('td', { className: column.numeric ? 'num' : null, text }));
    }
    return row;
  }

  /**
   * With a token entered, the CSV is fetched with it (a server started with --reads-need-token
   * answers the plain link with 401) and saved from a Blob; without one the link does it.
   */
  async function onCsvDownload(click) {
    if (!currentToken()) return;
    click.preventDefault();
    const link = click.currentTarget;
    let blob;
    try {
      blob = await (await send(link.href, { accept: 'text/csv' })).blob();
    } catch (err) {
      showApiError('Downloading the CSV', err);
      return;
    }
    const url = URL.createObjectURL(blob);
    const save = el('a', { href: url, download: link.getAttribute('download'), hidden: true });
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000); // the browser reads the Blob after the click
  }

  function onTableActivate(e) {
    if (e.type === 'keydown' && e.key !== 'Enter') return;
    const row = e.target.closest('tr[data-event-id]');
    if (row) openEvent(row.dataset.eventId);
  }

  function markSelectedRow() {
    for (const row of $('events-table').tBodies[0].rows) {
      row.classList.toggle('selected', row.dataset.eventId === state.eventId);
    }
  }

  function setView(view) {
    state.view = view;
    $('map').hidden = view !== 'map';
    $('table-view').hidden = view !== 'table';
    $('places-view').hidden = view !== 'places';
    for (const name of VIEWS) $('view-' + name).setAttribute('aria-pressed', String(view === name));
    if (view === 'table' && state.tableStale) renderTable();
    if (view === 'places' && state.placesStale) loadPlaces();
    if (view === 'map') map.invalidateSize();
    writeHash();
  }

  // ---- places no gazetteer knew, and giving them a point ----

  /** Lists the places without a point, each with a form that adds it to the gazetteer. */
  async function loadPlaces() {
    const seq = ++state.placesSeq;
    state.placesStale = false;
    $('places-note').textContent = 'Loading the places…';
    let data;
    try {
      data = await api('/api/places/unresolved');
    } catch (err) {
      if (seq !== state.placesSeq) return;
      state.placesStale = true;
      $('places-note').textContent = '';
      showApiError('Loading the places', err);
      return;
    }
    if (seq !== state.placesSeq) return;
    const places = data && Array.isArray(data.places) ? data.places : [];
    const waiting = places.reduce((n, place) => n + (Number(place.events) || 0), 0);
    $('places-note').textContent = places.length
      ? `${formatCount(places.length)} place name${places.length === 1 ? '' : 's'} without a point; `
        + `${eventsText(waiting)} wait${waiting === 1 ? 's' : ''} at them.`
      : 'Every event with a place name has a point.';
    $('places-table').tBodies[0].replaceChildren(...places.map(placeRow));
  }

  /** After a write: the places are listed anew now if they are shown, else when they are. */
  function placesChanged() {
    if (state.view === 'places') loadPlaces();
    else state.placesStale = true;
  }

  function placeRow(place) {
    const name = String(place.location ?? '');
    const input = (field, props) => el('input', {
      name: field, className: 'place-' + field, 'aria-label': `${field} of ${name}`, ...props,
    });
    const form = el('form', { className: 'place-form' },
      input('latitude', { type: 'number', step: 'any', min: -90, max: 90, required: true, placeholder: 'lat' }),
      input('longitude', { type: 'number', step: 'any', min: -180, max: 180, required: true, placeholder: 'lon' }),
      input('country', {
        type: 'text', maxlength: 2, pattern: '[A-Za-z]{2}', placeholder: 'CC', title: 'ISO 3166 code, optional',
      }),
      el('button', { type: 'submit', className: 'place-add', text: 'Add' }));
    form.addEventListener('submit', (submit) => onPlaceSubmit(submit, name));
    return el('tr', {},
      el('td', { text: name }),
      el('td', { text: isBlank(place.country) ? '' : String(place.country) }),
      el('td', { className: 'num', text: formatCount(Number(place.events) || 0) }),
      el('td', {}, form));
  }

  /** Adds the place with the form's point, then shows the places and the events as they now are. */
  async function onPlaceSubmit(submit, name) {
    submit.preventDefault();
    const form = submit.target;
    const token = tokenFor(`${name} not added.`);
    if (!token) return;
    const body = {
      name, latitude: Number(form.elements.latitude.value), longitude: Number(form.elements.longitude.value),
    };
    const country = form.elements.country.value.trim();
    if (country) body.country = country;
    const button = form.querySelector('button');
    button.disabled = true;
    let answer;
    try {
      answer = await api('/api/places', { method: 'POST', body, token });
    } catch (err) {
      showApiError(`Adding ${name}`, err);
      return;
    } finally {
      button.disabled = false;
    }
    const placed = answer && Array.isArray(answer.events) ? answer.events.length : 0;
    const where = answer && answer.in_gazetteer ? ' to the gazetteer' : '';
    showMessage(`${name} added${where}: ${eventsText(placed)} placed there.`, 'ok');
    await Promise.all([loadPlaces(), refreshEvents()]);
  }

  // ---- the event panel ----

  /** Opens (or refreshes) the panel of one event. */
  async function openEvent(id) {
    state.eventId = id;
    writeHash();
    markSelectedRow();
    const panel = $('event-panel');
    if (panel.hidden) {
      panel.replaceChildren(el('p', { className: 'panel-loading', text: 'Loading the event…' }));
      delete panel.dataset.eventId;
      showPanel(true);
    }
    let event;
    try {
      event = await api(eventPath(id));
    } catch (err) {
      if (state.eventId !== id) return;
      showApiError(`Loading event ${id}`, err);
      if (err.status === 404) closeEvent();
      return;
    }
    if (state.eventId !== id) return;
    const another = panel.dataset.eventId !== id;
    renderPanel(event);
    if (another) panel.scrollTop = 0;
  }

  function closeEvent() {
    state.eventId = null;
    writeHash();
    markSelectedRow();
    showPanel(false);
  }

  function showPanel(shown) {
    $('event-panel').hidden = !shown;
    layoutChanged();
  }

  /** The map and the histogram follow the width they are given. */
  function layoutChanged() {
    map.invalidateSize();
    if (state.histogram) drawHistogram(state.histogram.counts);
  }

  function renderPanel(e) {
    const title = [e.event_type || 'Event', e.location].filter(Boolean).join(' — ');
    const panel = $('event-panel');
    panel.dataset.eventId = e.sitrep_event_id;
    panel.replaceChildren(
      el('div', { className: 'panel-head' },
        el('h2', { text: title }),
        el('button', {
          type: 'button', className: 'panel-close', 'aria-label': 'Close', text: '×', onclick: closeEvent,
        })),
      el('p', { className: 'panel-sub' },
        [e.event_date, e.country].filter(Boolean).join(' · ') + ' ',
        badge('modality', eventModality(e)), ' ',
        badge('review-state', reviewState(e))),
      reviewSection(e),
      fieldList(e),
      claimList(e.claims || []));
  }

  function badge(kind, value) {
    return el('span', { className: `badge ${kind}`, dataset: { value: value || '' }, text: value || '—' });
  }

  function formatField(name, value) {
    if (name === 'time_precision' && TIME_PRECISION[value]) return `${value} (${TIME_PRECISION[value]})`;
    return String(value);
  }

  function fieldList(e) {
    const edited = reviewedFields(e);
    const list = el('dl', { className: 'fields' });
    for (const name of PANEL_FIELDS) {
      if (isBlank(e[name])) continue;
      const byAnalyst = edited.has(name);
      list.append(
        el('dt', {
          className: byAnalyst ? 'reviewed' : null, title: byAnalyst ? 'set by an analyst' : null, text: name,
        }),
        el('dd', { text: formatField(name, e[name]) }));
    }
    return list;
  }

  function claimList(claims) {
    const section = el('section', { className: 'claims' }, el('h3', { text: `Claims (${claims.length})` }));
    if (!claims.length) {
      section.append(el('p', { className: 'hint', text: 'No claims: this event was imported.' }));
    }
    for (const claim of claims) section.append(claimElement(claim));
    return section;
  }

  function claimElement(claim) {
    const speaker = claim.speaker || 'unknown';
    return el('article', { className: 'claim', dataset: { claimId: claim.claim_id } },
      el('p', { className: 'claim-who' },
        el('strong', { className: 'speaker', text: speaker }),
        claim.cue ? el('span', { className: 'cue', text: ` “${claim.cue}”` }) : null, ' ',
        badge('modality', claim.modality)),
      articleLine(claim),
      el('blockquote', { className: 'context' }, contextWithEvidence(claim)),
      claimFacts(claim),
      el('button', {
        type: 'button', className: 'review-split', dataset: { claimId: claim.claim_id },
        text: 'Split out', title: 'Make this claim an event of its own',
        onclick: () => review('Split', 'POST', `/api/claims/${encodeURIComponent(claim.claim_id)}/split`),
      }));
  }

  function articleLine(claim) {
    const title = claim.title || claim.url || 'untitled article';
    const heading = isWebUrl(claim.url)
      ? el('a', { href: claim.url, target: '_blank', rel: 'noopener noreferrer', text: title })
      : el('span', { text: title });
    const about = [claim.source, claim.published].filter(Boolean).join(', ');
    return el('p', { className: 'claim-article' }, heading, about ? ` — ${about}` : null);
  }

  function claimFacts(claim) {
    const facts = [
      ['date', claim.event_date], ['type', claim.sub_event_type || claim.event_type],
      ['fatalities', claim.claimed_fatalities ?? claim.fatalities], ['where', claim.location],
    ].filter(([, value]) => !isBlank(value));
    return el('p', { className: 'claim-facts' }, facts.map(([k, v]) => `${k}: ${v}`).join(' · '));
  }

  /**
   * The claim's context with each evidence span in a <mark>. Offsets are into the article, so
   * context_start is subtracted; spans outside the context are left out, and so is the claim's
   * whole sentence, which would hide the words inside it; of overlapping spans only the outermost
   * (earliest, then longest) is marked.
   */
  function contextWithEvidence(claim) {
    const text = String(claim.context || '');
    const offset = Number(claim.context_start) || 0;
    const inContext = (s) => Number.isInteger(s.start) && Number.isInteger(s.end)
      && s.start >= 0 && s.end <= text.length && s.start < s.end;
    const spans = (claim.evidence || [])
      .map((ev) => ({ field: ev.field || '', start: ev.start - offset, end: ev.end - offset }))
      .filter((span) => span.field !== 'sentence' && inContext(span))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const span of spans) {
      if (span.start < at) continue;
      const mark = el('mark', { className: 'evidence', dataset: { field: span.field }, title: span.field });
      mark.textContent = text.slice(span.start, span.end);
      fragment.append(text.slice(at, span.start), mark);
      at = span.end;
    }
    fragment.append(text.slice(at));
    return fragment;
  }

  // ---- reviewing ----

  function currentToken() {
    return $('api-token').value.trim();
  }

  function onTokenInput() {
    const token = currentToken();
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
    document.body.classList.toggle('has-token', Boolean(token));
  }

  function restoreToken() {
    $('api-token').value = sessionStorage.getItem(TOKEN_KEY) || '';
    onTokenInput();
  }

  function reviewSection(e) {
    const id = e.sitrep_event_id;
    const mergeInput = el('input', {
      type: 'text', id: 'merge-other', className: 'review-merge-other', placeholder: 'other event id',
    });
    const editButton = el('button', {
      type: 'button', className: 'review-edit', text: 'Edit', 'aria-expanded': 'false',
      onclick: () => toggleEditForm(editForm, editButton),
    });
    const editForm = editFormFor(e, () => toggleEditForm(editForm, editButton));
    const mergeForm = el('form', { className: 'review-merge-form' },
      el('label', { for: 'merge-other', text: 'Merge in event' }),
      mergeInput,
      el('button', { type: 'submit', className: 'review-merge', text: 'Merge' }));
    mergeForm.addEventListener('submit', (submit) => onMergeSubmit(submit, id, mergeInput));
    return el('section', { className: 'review' },
      el('h3', { text: 'Review' }),
      el('p', { className: 'token-needed', text: TOKEN_NEEDED + '.' }),
      el('div', { className: 'review-buttons' },
        el('button', {
          type: 'button', className: 'review-confirm', text: 'Confirm',
          onclick: () => review('Confirm', 'POST', eventPath(id) + '/confirm'),
        }),
        el('button', {
          type: 'button', className: 'review-reject', text: 'Reject',
          onclick: () => review('Reject', 'POST', eventPath(id) + '/reject'),
        }),
        editButton),
      editForm,
      mergeForm);
  }

  function toggleEditForm(form, button) {
    form.hidden = !form.hidden;
    button.setAttribute('aria-expanded', String(!form.hidden));
  }

  function editFormFor(e, onCancel) {
    const form = el('form', { className: 'review-edit-form', hidden: true });
    for (const field of EDIT_FIELDS) {
      const id = 'edit-' + field.name;
      form.append(el('label', { for: id, text: field.name }), editInput(field, id, e[field.name]));
    }
    form.append(el('div', { className: 'form-buttons' },
      el('button', { type: 'submit', className: 'review-save', text: 'Save changes' }),
      el('button', { type: 'button', className: 'review-cancel', text: 'Cancel', onclick: onCancel })));
    form.addEventListener('submit', (submit) => onEditSubmit(submit, e));
    return form;
  }

  function editInput(field, id, value) {
    const current = isBlank(value) ? '' : String(value);
    if (field.type === 'select') {
      const types = Object.keys(EVENT_COLOURS);
      if (current && !types.includes(current)) types.unshift(current);
      const select = el('select', { id, name: field.name }, el('option', { value: '', text: '—' }),
        ...types.map((type) => el('option', { value: type, text: type })));
      select.value = current;
      return select;
    }
    const { name, type, step, min, max, list } = field;
    const input = el('input', { id, name, type, step, min, max, list });
    input.value = current;
    return input;
  }

  /** The fields the form changes, typed as the API wants them (numbers, null for blank). */
  function changedFields(form, e) {
    const changes = {};
    for (const field of EDIT_FIELDS) {
      const raw = form.elements[field.name].value.trim();
      const numeric = field.type === 'number';
      const value = raw === '' ? null : numeric ? Number(raw) : raw;
      const before = isBlank(e[field.name]) ? null : numeric ? Number(e[field.name]) : String(e[field.name]);
      if (value !== before) changes[field.name] = value;
    }
    return changes;
  }

  function onEditSubmit(submit, e) {
    submit.preventDefault();
    const changes = changedFields(submit.target, e);
    if (!Object.keys(changes).length) {
      showMessage('Nothing to save: no field was changed.', 'ok');
      return;
    }
    review('Edit', 'PATCH', eventPath(e.sitrep_event_id), changes);
  }

  function onMergeSubmit(submit, id, input) {
    submit.preventDefault();
    const other = input.value.trim();
    if (!other) {
      showMessage('Merge: enter the id of the event whose claims should join this one.');
      return;
    }
    review('Merge', 'POST', eventPath(id) + '/merge', { other });
  }

  /** The token entered, or empty after telling the user that `what` needs one. */
  function tokenFor(what) {
    const token = currentToken();
    if (!token) {
      showMessage(`${what} ${TOKEN_NEEDED} (./sitrep token create NAME).`);
      $('api-token').focus();
    }
    return token;
  }

  /** Runs one review action, then shows the event and the list as they are now. */
  async function review(label, method, path, body) {
    const token = tokenFor(`${label} not sent.`);
    if (!token) return;
    let after;
    try {
      after = await api(path, { method, body, token });
    } catch (err) {
      showApiError(label, err);
      return;
    }
    showMessage(`${label}: done.`, 'ok');
    placesChanged(); // an edit or a split may have given an event a point, or taken it
    // Each action answers with the event as it now is; only a split answers with another one.
    const id = state.eventId;
    const shown = after && after.sitrep_event_id === id ? renderPanel(after) : id ? openEvent(id) : null;
    await Promise.all([shown, refreshEvents()]);
  }

  // ---- start ----

  function bindControls() {
    const form = $('filters');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      applyFilters(formFilters());
    });
    form.addEventListener('change', () => applyFilters(formFilters()));
    $('reset-filters').addEventListener('click', () => {
      setFormFilters({});
      applyFilters({});
    });
    for (const view of VIEWS) $('view-' + view).addEventListener('click', () => setView(view));
    $('places-refresh').addEventListener('click', loadPlaces);
    $('csv-download').addEventListener('click', onCsvDownload);
    $('api-token').addEventListener('input', onTokenInput);
    $('token-form').addEventListener('submit', (e) => e.preventDefault());
    $('message').addEventListener('click', hideMessage);
    const tableBody = $('events-table').tBodies[0];
    tableBody.addEventListener('click', onTableActivate);
    tableBody.addEventListener('keydown', onTableActivate);
    bindTimeline();
    window.addEventListener('hashchange', onHashChange);
    let resizeTimer = null;
    window.addEventListener('resize', () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(layoutChanged, 150);
    });
  }

  /**
   * The first full render: markers added, histogram and basemap drawn, a linked event open.
   * The requests for the events and the basemap were made before Leaflet was loaded.
   */
  async function start(wanted, requests) {
    fillFilterOptions();
    buildLegend();
    buildTableHead();
    initMap();
    bindControls();
    state.filters = wanted.filters;
    state.sort = wanted.sort;
    state.eventId = wanted.eventId; // before setView writes the hash back
    setFormFilters(wanted.filters);
    setView(wanted.view);
    const basemap = loadBasemap(requests.basemap);
    const timings = await loadEvents(requests.events);
    await basemap;
    if (wanted.eventId) await openEvent(wanted.eventId);
    window.sitrepTimings = timings;
    document.body.dataset.rendered = 'true';
    return timings;
  }

  // This script is deferred and comes before Leaflet's: it runs once the document is parsed and
  // asks for the events and the basemap at once, so that the server works while the browser
  // evaluates Leaflet; the page is built on DOMContentLoaded, which waits for Leaflet.
  restoreToken();
  const wanted = readHash();
  const firstRequests = { events: requestEvents(wanted.filters), basemap: requestBasemap() };
  const parsed = new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  window.sitrepReady = parsed.then(() => start(wanted, firstRequests)).catch((err) => {
    document.body.dataset.rendered = 'error';
    throw err;
  });
})();
