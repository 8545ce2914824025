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
  Object.values(charts).forEach((chart) =>
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
    const [attendance, overall] = await Promise.all(
      [getJson('/api/attendance'), getJson('/api/figures/overall')]);
    showAttendance(attendance);
    showCertificates(overall);
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

  // The stream carries completion figures only: attendance and certificates that change without
  // a completion (a register taken, a certificate revoked) are refetched every half minute too.
  setInterval(scheduleRefresh, 30000);

  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  refresh().catch((e) => console.warn(e));
  connect();
})();
