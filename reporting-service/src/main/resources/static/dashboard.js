// Live completion dashboard: filters (cohort years, partner, format, track) select the programmes
// of every panel and of the live stream; panels load from the JSON API, then the SSE stream (with
// the same filters, server-side) moves the tiles and the table. Every (re)connection starts with a
// snapshot, so a dropped connection never leaves stale figures. Labels come from CrewI18n.
(function () {
  'use strict';

  const i18n = window.CrewI18n;
  const programs = window.CrewPrograms;
  const charts = {
    track: echarts.init(document.getElementById('chart-track')),
    partner: echarts.init(document.getElementById('chart-partner')),
    cohortYear: echarts.init(document.getElementById('chart-cohort-year')),
    applications: echarts.init(document.getElementById('chart-applications')),
    trend: echarts.init(document.getElementById('chart-trend'))
  };
  Object.values(charts).forEach((chart) =>
    chart.on('finished', () => { chart.getDom().dataset.rendered = 'true'; }));
  const FILTERS = { fromYear: 'filter-from-year', toYear: 'filter-to-year', partner: 'filter-partner',
    format: 'filter-format', track: 'filter-track' };
  let source = null;
  let refreshTimer = null;
  let lastFigures = null;
  let lastTrend = null;
  let lastUpdate = null;
  let options = { years: [], partners: [] };

  function setText(id, text) {
    document.getElementById(id).textContent = text;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(url + ': ' + response.status);
    }
    return response.json();
  }

  // The chosen filters as query parameters, shared by every request and the stream.
  function filterQuery() {
    const params = new URLSearchParams();
    Object.entries(FILTERS).forEach(([name, id]) => {
      const value = document.getElementById(id).value;
      if (value) {
        params.set(name, value);
      }
    });
    return params.toString();
  }

  function withFilter(path) {
    const query = filterQuery();
    return query ? path + (path.includes('?') ? '&' : '?') + query : path;
  }

  function fillSelect(id, values, labelOf) {
    const select = document.getElementById(id);
    const chosen = select.value;
    const any = document.createElement('option');
    any.value = '';
    any.textContent = i18n.t('filters.any');
    select.replaceChildren(any, ...values.map((v) => {
      const option = document.createElement('option');
      option.value = v;
      option.textContent = labelOf(v);
      return option;
    }));
    select.value = values.map(String).includes(chosen) ? chosen : '';
  }

  function fillFilters() {
    fillSelect(FILTERS.fromYear, options.years, String);
    fillSelect(FILTERS.toYear, options.years, String);
    fillSelect(FILTERS.partner, options.partners, (p) => i18n.label('Partner', p));
    fillSelect(FILTERS.format, i18n.symbols('ProgramFormat'), (f) => i18n.label('ProgramFormat', f));
    fillSelect(FILTERS.track, i18n.symbols('CraftTrack'), (t) => i18n.label('CraftTrack', t));
  }

  // Years and partners to choose from: those of the programmes this viewer may see.
  async function loadFilterOptions() {
    const [years, partners] = await Promise.all([getJson('/api/rollups/COHORT_YEAR?size=500'),
      getJson('/api/rollups/PARTNER?size=500')]);
    options = { years: years.items.map((r) => r.key).filter((k) => /^\d+$/.test(k)),
      partners: partners.items.map((r) => r.key) };
    fillFilters();
  }

  // Completion tiles from the stream (or the panel figures): what the live update moves.
  function showCompletionTiles(overall) {
    setText('overall-enrolled', i18n.number(overall.enrolled));
    setText('overall-completed', i18n.number(overall.completed));
    setText('overall-not-completed', i18n.number(overall.notCompleted));
    setText('overall-rate', i18n.percent(overall.completionRate));
  }

  function showUpdate(update) {
    lastUpdate = update;
    showCompletionTiles(update.overall);
    if (update.asOf) {
      setText('as-of', i18n.dateTime(update.asOf));
    }
    document.body.dataset.sequence = update.sequence;
    update.programs.forEach(programs.applyCompletion);
  }

  const hours = (h) => (h === null || h === undefined ? '–' : i18n.t('hours.unit', { hours: i18n.decimal(h) }));

  function quotaText(q) {
    const group = q.participantType ? i18n.label('ParticipantType', q.participantType)
      : i18n.label('CraftTrack', q.craft);
    return i18n.t('quota.text', { group, confirmed: i18n.number(q.confirmed), min: q.minSeats,
      max: q.maxSeats }) + (q.minimumMet ? '' : i18n.t('quota.belowMin'));
  }

  function cell(row, cls, text) {
    const td = document.createElement('td');
    td.className = cls;
    td.textContent = text;
    row.appendChild(td);
  }

  // Applications, offers and quota fill per programme that selects by application, and totals.
  function showSelection(selection) {
    const all = selection.overall;
    setText('overall-applications', i18n.number(all.submitted));
    setText('overall-selection', all.submitted > 0 ? i18n.percent(all.selectionRate) : '–');
    const answered = all.offersAccepted + all.offersDeclined + all.offersExpired;
    setText('overall-acceptance', answered > 0 ? i18n.percent(all.offerAcceptanceRate) : '–');
    setText('overall-time-to-accept', hours(all.medianHoursToAccept));
    document.querySelector('#selection tbody').replaceChildren(...selection.programs.map((p) => {
      const f = p.figures;
      const tr = document.createElement('tr');
      tr.dataset.programId = p.programId;
      const offered = f.offersBySelection + f.offersFromReserve;
      const answeredHere = f.offersAccepted + f.offersDeclined + f.offersExpired;
      [['title', p.title || p.programId], ['submitted', i18n.number(f.submitted)],
        ['withdrawn', i18n.number(f.withdrawn)], ['shortlisted', i18n.number(f.shortlisted)],
        ['rejected', i18n.number(f.rejected)],
        ['offers', f.offersFromReserve > 0 ? i18n.t('offers.fromReserve', { offers: i18n.number(offered),
          reserve: i18n.number(f.offersFromReserve) }) : i18n.number(offered)],
        ['accepted', i18n.number(f.offersAccepted)], ['declined', i18n.number(f.offersDeclined)],
        ['expired', i18n.number(f.offersExpired)],
        ['selection-rate', f.submitted > 0 ? i18n.percent(f.selectionRate) : '–'],
        ['acceptance-rate', answeredHere > 0 ? i18n.percent(f.offerAcceptanceRate) : '–'],
        ['time-to-accept', f.medianHoursToAccept === null ? '–' : i18n.t('time.medianMax',
          { median: hours(f.medianHoursToAccept), max: hours(f.maxHoursToAccept) })],
        ['quotas', p.quotas.length === 0 ? '–' : p.quotas.map(quotaText).join('; ')]]
        .forEach(([cls, text]) => cell(tr, cls, text));
      return tr;
    }));
    const names = selection.programs.map((p) => p.title || p.programId);
    charts.applications.setOption({
      grid: { left: 10, right: 10, top: 30, bottom: 10, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => i18n.number(v) },
      legend: { top: 0 },
      xAxis: { type: 'category', data: names, axisLabel: { rotate: 30, width: 140, overflow: 'truncate' } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v) => i18n.number(v) } },
      series: [
        { name: i18n.t('series.applications'), type: 'bar', data: selection.programs.map((p) => p.figures.submitted),
          itemStyle: { color: '#3b6fd8' } },
        { name: i18n.t('series.offers'), type: 'bar',
          data: selection.programs.map((p) => p.figures.offersBySelection + p.figures.offersFromReserve),
          itemStyle: { color: '#e0a030' } },
        { name: i18n.t('series.accepted'), type: 'bar', data: selection.programs.map((p) => p.figures.offersAccepted),
          itemStyle: { color: '#3aa860' } }
      ]
    }, true);
    charts.applications.getDom().dataset.groups = selection.programs.length;
  }

  // A completion-rate bar chart; labels are human names, the grid grows to hold them.
  function drawRates(chart, groups, labelOf) {
    chart.setOption({
      grid: { left: 10, right: 10, top: 10, bottom: 10, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => i18n.percent(v / 100) },
      xAxis: { type: 'category', data: groups.map((g) => labelOf(g.key)),
        axisLabel: { rotate: groups.length > 4 ? 30 : 0, interval: 0, width: 120, overflow: 'truncate' } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: (v) => i18n.percent(v / 100) } },
      series: [{ name: i18n.t('chart.completionRate'), type: 'bar',
        data: groups.map((g) => Math.round(g.completionRate * 1000) / 10), barMaxWidth: 64, itemStyle: { color: '#3b6fd8' } }]
    }, true);
    chart.getDom().dataset.groups = groups.length;
  }

  function drawTrend(trend) {
    charts.trend.setOption({
      grid: { left: 10, right: 10, top: 10, bottom: 10, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => i18n.number(v) },
      xAxis: { type: 'category', data: trend.points.map((p) => i18n.month(p.period)),
        axisLabel: { rotate: trend.points.length > 12 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v) => i18n.number(v) } },
      series: [{ name: i18n.t('chart.completions'), type: 'bar', data: trend.points.map((p) => p.completions),
        barMaxWidth: 48, itemStyle: { color: '#3aa860' } }]
    }, true);
    const dom = charts.trend.getDom();
    dom.dataset.points = trend.points.length;
    dom.dataset.completions = trend.completions;
  }

  function showFigures(figures) {
    lastFigures = figures;
    setText('total-programmes', i18n.number(figures.programmes));
    setText('overall-certificates', i18n.number(figures.figures.certificatesIssued));
    setText('overall-revoked', i18n.number(figures.figures.certificatesRevoked));
    setText('overall-attendance', figures.attendance.recorded > 0
      ? i18n.percent(figures.attendance.attendanceRate) : '–');
    if (!lastUpdate) {
      showCompletionTiles(figures.figures);
    }
    drawRates(charts.track, figures.byTrack, (k) => i18n.label('CraftTrack', k));
    drawRates(charts.partner, figures.byPartner, (k) => i18n.label('Partner', k));
    drawRates(charts.cohortYear, figures.byCohortYear, String);
    showSelection(figures.selection);
  }

  function showCrew(crew) {
    setText('crew-participants', i18n.number(crew.participants));
    setText('crew-completers', i18n.number(crew.completers));
  }

  async function refresh() {
    const query = filterQuery();
    const granularity = document.getElementById('trend-granularity').value;
    const [figures, crew, trend] = await Promise.all([getJson(withFilter('/api/dashboard/figures')),
      getJson(withFilter('/api/crew/distinct')),
      getJson(withFilter('/api/trends/completions?granularity=' + granularity))]);
    if (query !== filterQuery()) {
      return; // the filters changed meanwhile: the refresh they started shows their figures
    }
    lastTrend = trend;
    showFigures(figures);
    showCrew(crew);
    drawTrend(trend);
    await programs.reload(figures.attendance);
    document.body.dataset.filter = filterQuery();
    document.body.dataset.loaded = 'true';
  }

  // Coalesces refetches of the panels behind bursts of updates.
  function scheduleRefresh() {
    if (refreshTimer === null) {
      refreshTimer = setTimeout(() => {
        refreshTimer = null;
        refresh().catch((e) => console.warn(e));
      }, 250);
    }
  }

  function setStatus(state) {
    const status = document.getElementById('connection');
    status.dataset.state = state;
    status.dataset.i18n = 'status.' + state;
    status.textContent = i18n.t('status.' + state);
  }

  // One stream per filter: the server sends only the filtered programmes and their sums.
  function connect() {
    if (source) {
      source.close();
    }
    lastUpdate = null;
    setStatus('connecting');
    source = new EventSource(withFilter('/api/completion-metrics/stream'));
    source.addEventListener('snapshot', (e) => {
      showUpdate(JSON.parse(e.data));
      setStatus('live');
      document.body.dataset.streamFilter = filterQuery();
      scheduleRefresh();
    });
    source.addEventListener('completion-metrics', (e) => {
      showUpdate(JSON.parse(e.data));
      scheduleRefresh();
    });
    // EventSource reconnects by itself and sends Last-Event-ID; the server answers a snapshot.
    source.onerror = () => setStatus('reconnecting');
  }

  function filtersChanged() {
    document.body.dataset.loaded = 'false';
    programs.firstPage();
    connect();
    refresh().catch((e) => console.warn(e));
  }

  // A new language relabels everything already shown, from the data last received.
  function relabel() {
    fillFilters();
    setStatus(document.getElementById('connection').dataset.state);
    if (lastUpdate) {
      showUpdate(lastUpdate);
    }
    if (lastFigures) {
      showFigures(lastFigures);
    }
    if (lastTrend) {
      drawTrend(lastTrend);
    }
    refresh().catch((e) => console.warn(e));
  }

  async function start() {
    await i18n.start();
    await loadFilterOptions();
    i18n.onChange(relabel);
    programs.init({ filterQuery, reload: refresh });
    Object.values(FILTERS).forEach((id) =>
      document.getElementById(id).addEventListener('change', filtersChanged));
    document.getElementById('filters').addEventListener('reset', () => setTimeout(filtersChanged, 0));
    document.getElementById('trend-granularity').addEventListener('change', scheduleRefresh);
    await refresh();
    connect();
  }

  // The stream carries completion figures only: attendance, certificates and applications that
  // change without a completion (a register taken, a certificate revoked, an offer answered) are
  // refetched every half minute too.
  setInterval(scheduleRefresh, 30000);
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  start().catch((e) => console.warn(e));
})();
