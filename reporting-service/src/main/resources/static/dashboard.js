// Live completion dashboard: loads the JSON API once, then follows the SSE stream. Every
// (re)connection starts with a snapshot, so a dropped connection never leaves stale figures.
(function () {
  'use strict';

  const percent = (rate) => (rate * 100).toFixed(1) + ' %';
  const number = (n) => Number(n).toLocaleString('en');
  const charts = {
    TRACK: echarts.init(document.getElementById('chart-track')),
    PARTNER: echarts.init(document.getElementById('chart-partner')),
    COHORT_YEAR: echarts.init(document.getElementById('chart-cohort-year'))
  };
  const applicationsChart = echarts.init(document.getElementById('chart-applications'));
  Object.values(charts).concat([applicationsChart]).forEach((chart) =>
    chart.on('finished', () => { chart.getDom().dataset.rendered = 'true'; }));
  const rows = new Map();
  // Per-session attendance opened under a programme's row, refreshed with the rest.
  const sessionRows = new Map();
  let refreshTimer = null;

  function setText(id, text) {
    document.getElementById(id).textContent = text;
  }

  function showOverall(update) {
    setText('overall-enrolled', number(update.overall.enrolled));
    setText('overall-completed', number(update.overall.completed));
    setText('overall-not-completed', number(update.overall.notCompleted));
    setText('overall-rate', percent(update.overall.completionRate));
    if (update.asOf) {
      setText('as-of', new Date(update.asOf).toISOString().replace('.000Z', 'Z'));
    }
    document.body.dataset.sequence = update.sequence;
  }

  function cell(row, cls, text) {
    let td = row.querySelector('td.' + cls);
    if (!td) {
      td = document.createElement('td');
      td.className = cls;
      row.appendChild(td);
    }
    td.textContent = text;
  }

  function rowFor(programId) {
    let row = rows.get(programId);
    if (!row) {
      row = document.createElement('tr');
      row.dataset.programId = programId;
      ['title', 'track', 'year', 'status', 'capacity', 'confirmed', 'waitlisted', 'withdrawn',
        'enrolled', 'completed', 'not-completed', 'fill', 'completion', 'basis', 'attendance',
        'certificates'].forEach((c) => cell(row, c, ''));
      rows.set(programId, row);
      const body = document.querySelector('#programs tbody');
      const next = [...rows.keys()].sort().find((id) => id > programId);
      body.insertBefore(row, next ? rows.get(next) : null);
      if (sessionRows.has(programId)) {
        row.after(sessionRows.get(programId));
      }
    }
    return row;
  }

  // Completion figures straight from the stream: visible without waiting for a refetch.
  function showCompletion(p) {
    const row = rowFor(p.programId);
    cell(row, 'title', p.title);
    cell(row, 'enrolled', number(p.figures.enrolled));
    cell(row, 'completed', number(p.figures.completed));
    cell(row, 'not-completed', number(p.figures.notCompleted));
    cell(row, 'completion', percent(p.figures.completionRate));
    row.classList.remove('flash');
    void row.offsetWidth;
    row.classList.add('flash');
  }

  function showProgram(p) {
    const row = rowFor(p.programId);
    const f = p.figures;
    cell(row, 'title', p.title || p.programId);
    cell(row, 'track', p.track || '');
    cell(row, 'year', p.cohortYear || '');
    cell(row, 'status', p.status);
    cell(row, 'capacity', number(p.capacity));
    cell(row, 'confirmed', number(f.confirmed));
    cell(row, 'waitlisted', number(f.waitlisted));
    cell(row, 'withdrawn', number(f.withdrawn));
    cell(row, 'enrolled', number(f.enrolled));
    cell(row, 'completed', number(f.completed));
    cell(row, 'not-completed', number(f.notCompleted));
    cell(row, 'fill', percent(p.fillRate));
    cell(row, 'completion', percent(f.completionRate));
    // Which outcomes the programme's rule decided, which a registrar overrode, which were typed in.
    const decided = f.completionsByRule + f.completionsOverridden + f.completionsManual;
    cell(row, 'basis', decided === 0 ? '–' : 'rule ' + number(f.completionsByRule) + ' · override ' +
      number(f.completionsOverridden) + ' · manual ' + number(f.completionsManual));
    // Issued (revoked ones included), with the revoked ones named when there are any.
    cell(row, 'certificates', number(f.certificatesIssued) +
      (f.certificatesRevoked > 0 ? ' (' + number(f.certificatesRevoked) + ' revoked)' : ''));
  }

  // Attendance rate per programme (entries PRESENT or LATE at active sessions); none recorded: –.
  function showAttendance(attendance) {
    setText('overall-attendance', attendance.recorded > 0 ? percent(attendance.attendanceRate) : '–');
    attendance.programs.forEach((a) => {
      const row = rows.get(a.programId);
      if (row) {
        attendanceCell(row, a);
      }
    });
    sessionRows.forEach((_, programId) => showSessions(programId).catch((e) => console.warn(e)));
  }

  // The rate, as a button that opens (or closes) the programme's sessions below its row.
  function attendanceCell(row, a) {
    cell(row, 'attendance', '');
    const td = row.querySelector('td.attendance');
    if (a.activeSessions === 0) {
      td.textContent = '–';
      return;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = a.recorded > 0 ? percent(a.attendanceRate) : '–';
    button.setAttribute('aria-expanded', String(sessionRows.has(a.programId)));
    button.addEventListener('click', () => toggleSessions(a.programId, button));
    td.appendChild(button);
  }

  function toggleSessions(programId, button) {
    if (sessionRows.has(programId)) {
      sessionRows.get(programId).remove();
      sessionRows.delete(programId);
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    const detail = document.createElement('tr');
    detail.className = 'sessions';
    detail.dataset.programId = programId;
    rows.get(programId).after(detail);
    sessionRows.set(programId, detail);
    button.setAttribute('aria-expanded', 'true');
    showSessions(programId).catch((e) => console.warn(e));
  }

  async function showSessions(programId) {
    const attendance = await getJson('/api/programs/' + encodeURIComponent(programId) + '/attendance');
    const detail = sessionRows.get(programId);
    if (!detail) {
      return;
    }
    const td = document.createElement('td');
    td.colSpan = rows.get(programId).children.length;
    const table = document.createElement('table');
    table.innerHTML = '<thead><tr><th>Session</th><th>Time</th><th>Minutes</th><th>Topic</th>' +
      '<th>Recorded</th><th>Present</th><th>Late</th><th>Absent</th><th>Excused</th>' +
      '<th>Attendance</th></tr></thead>';
    const body = document.createElement('tbody');
    attendance.sessions.forEach((s) => {
      const tr = document.createElement('tr');
      tr.dataset.sessionId = s.sessionId;
      if (s.status === 'CANCELLED') {
        tr.className = 'cancelled';
      }
      [s.date, (s.startTime || '') + '–' + (s.endTime || ''), number(s.contactMinutes), s.topic || '',
        number(s.recorded), number(s.present), number(s.late), number(s.absent), number(s.excused),
        s.recorded > 0 ? percent(s.attendanceRate) : '–'].forEach((text, i) => {
        const cellTd = document.createElement('td');
        cellTd.textContent = text;
        if (i === 9) {
          cellTd.className = 'session-rate';
        }
        tr.appendChild(cellTd);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    td.appendChild(table);
    detail.replaceChildren(td);
    detail.dataset.loaded = 'true';
  }

  function showCertificates(overall) {
    setText('overall-certificates', number(overall.certificatesIssued));
    setText('overall-revoked', number(overall.certificatesRevoked));
  }

  const hours = (h) => (h === null || h === undefined ? '–' : h.toFixed(1) + ' h');

  // Seats confirmed from offers against the quota's min–max, marked when below the minimum.
  function quotaText(q) {
    return (q.participantType || q.craft) + ' ' + number(q.confirmed) + ' of ' + q.minSeats + '–' +
      q.maxSeats + (q.minimumMet ? '' : ' (below min)');
  }

  // Applications, offers and quota fill per programme that selects by application, and totals.
  function showSelection(selection) {
    const all = selection.overall;
    setText('overall-applications', number(all.submitted));
    setText('overall-selection', all.submitted > 0 ? percent(all.selectionRate) : '–');
    const answered = all.offersAccepted + all.offersDeclined + all.offersExpired;
    setText('overall-acceptance', answered > 0 ? percent(all.offerAcceptanceRate) : '–');
    setText('overall-time-to-accept', hours(all.medianHoursToAccept));
    const body = document.querySelector('#selection tbody');
    body.replaceChildren(...selection.programs.map((p) => {
      const f = p.figures;
      const tr = document.createElement('tr');
      tr.dataset.programId = p.programId;
      const offered = f.offersBySelection + f.offersFromReserve;
      const answeredHere = f.offersAccepted + f.offersDeclined + f.offersExpired;
      [['title', p.title || p.programId], ['submitted', number(f.submitted)],
        ['withdrawn', number(f.withdrawn)], ['shortlisted', number(f.shortlisted)],
        ['rejected', number(f.rejected)],
        ['offers', number(offered) + (f.offersFromReserve > 0
          ? ' (' + number(f.offersFromReserve) + ' from reserve)' : '')],
        ['accepted', number(f.offersAccepted)], ['declined', number(f.offersDeclined)],
        ['expired', number(f.offersExpired)],
        ['selection-rate', f.submitted > 0 ? percent(f.selectionRate) : '–'],
        ['acceptance-rate', answeredHere > 0 ? percent(f.offerAcceptanceRate) : '–'],
        ['time-to-accept', f.medianHoursToAccept === null ? '–'
          : 'median ' + hours(f.medianHoursToAccept) + ' · max ' + hours(f.maxHoursToAccept)],
        ['quotas', p.quotas.length === 0 ? '–' : p.quotas.map(quotaText).join('; ')]]
        .forEach(([cls, text]) => cell(tr, cls, text));
      return tr;
    }));
    applicationsChart.setOption({
      grid: { left: 50, right: 10, top: 30, bottom: 60 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: selection.programs.map((p) => p.title || p.programId),
        axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: 'Applications', type: 'bar', data: selection.programs.map((p) => p.figures.submitted),
          itemStyle: { color: '#3b6fd8' } },
        { name: 'Offers', type: 'bar',
          data: selection.programs.map((p) => p.figures.offersBySelection + p.figures.offersFromReserve),
          itemStyle: { color: '#e0a030' } },
        { name: 'Accepted', type: 'bar', data: selection.programs.map((p) => p.figures.offersAccepted),
          itemStyle: { color: '#3aa860' } }
      ]
    }, true);
    applicationsChart.getDom().dataset.groups = selection.programs.length;
  }

  function drawChart(dimension, groups) {
    const chart = charts[dimension];
    chart.setOption({
      grid: { left: 50, right: 10, top: 10, bottom: 60 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => v + ' %' },
      xAxis: { type: 'category', data: groups.map((g) => g.key), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
      series: [{
        type: 'bar',
        data: groups.map((g) => Math.round(g.completionRate * 1000) / 10),
        itemStyle: { color: '#3b6fd8' }
      }]
    }, true);
    chart.getDom().dataset.groups = groups.length;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(url + ': ' + response.status);
    }
    return response.json();
  }

  async function refresh() {
    const programs = await getJson('/api/programs?size=500');
    setText('total-programmes', number(programs.totalItems));
    programs.items.forEach(showProgram);
    const [attendance, overall, selection] = await Promise.all(
      [getJson('/api/attendance'), getJson('/api/figures/overall'), getJson('/api/selection')]);
    showAttendance(attendance);
    showCertificates(overall);
    showSelection(selection);
    await Promise.all(Object.keys(charts).map(async (dimension) => {
      const page = await getJson('/api/rollups/' + dimension + '?size=500');
      drawChart(dimension, page.items);
    }));
    document.body.dataset.loaded = 'true';
  }

  // Coalesces refetches of the detail columns and charts behind bursts of updates.
  function scheduleRefresh() {
    if (refreshTimer === null) {
      refreshTimer = setTimeout(() => {
        refreshTimer = null;
        refresh().catch((e) => console.warn(e));
      }, 250);
    }
  }

  function connect() {
    const status = document.getElementById('connection');
    const source = new EventSource('/api/completion-metrics/stream');
    source.addEventListener('snapshot', (e) => {
      const update = JSON.parse(e.data);
      showOverall(update);
      update.programs.forEach(showCompletion);
      status.dataset.state = 'live';
      status.textContent = 'live';
      scheduleRefresh();
    });
    source.addEventListener('completion-metrics', (e) => {
      const update = JSON.parse(e.data);
      showOverall(update);
      update.programs.forEach(showCompletion);
      scheduleRefresh();
    });
    source.onerror = () => {
      // EventSource reconnects by itself and sends Last-Event-ID; the server answers a snapshot.
      status.dataset.state = 'reconnecting';
      status.textContent = 'reconnecting…';
    };
  }

  // The stream carries completion figures only: attendance, certificates and applications that
  // change without a completion (a register taken, a certificate revoked, an offer answered) are
  // refetched every half minute too.
  setInterval(scheduleRefresh, 30000);

  window.addEventListener('resize', () =>
    Object.values(charts).concat([applicationsChart]).forEach((c) => c.resize()));
  refresh().catch((e) => console.warn(e));
  connect();
})();
