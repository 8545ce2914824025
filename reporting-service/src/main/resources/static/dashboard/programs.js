// The programme table: one server page of /api/programs (filters, search, sort), its attendance
// rates and the sessions opened under a row, and the drill-down of one programme (its figures,
// attendance and selection from /api/programs/{id}, /attendance, /selection).
(function () {
  'use strict';

  const i18n = window.CrewI18n;
  const state = { page: 0, size: 20, sort: 'ID', direction: 'asc', q: '', totalPages: 0 };
  const rows = new Map();
  const sessionRows = new Map();
  let filterQuery = () => '';
  let detailId = null;
  let searchTimer = null;

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(url + ': ' + response.status);
    }
    return response.json();
  }

  function cell(row, cls, text) {
    let td = row.querySelector('td.' + cls);
    if (!td) {
      td = document.createElement('td');
      td.className = cls;
      row.appendChild(td);
    }
    td.textContent = text;
    return td;
  }

  const COLUMNS = ['title', 'track', 'year', 'status', 'capacity', 'confirmed', 'waitlisted',
    'withdrawn', 'enrolled', 'completed', 'not-completed', 'fill', 'completion', 'basis',
    'attendance', 'certificates'];

  function showProgram(row, p) {
    const f = p.figures;
    const title = cell(row, 'title', '');
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = p.title || p.programId;
    open.addEventListener('click', () => showDetail(p.programId).catch((e) => console.warn(e)));
    title.appendChild(open);
    cell(row, 'track', i18n.label('CraftTrack', p.track));
    cell(row, 'year', p.cohortYear || '');
    cell(row, 'status', i18n.label('ReportedProgramStatus', p.status));
    cell(row, 'capacity', i18n.number(p.capacity));
    cell(row, 'confirmed', i18n.number(f.confirmed));
    cell(row, 'waitlisted', i18n.number(f.waitlisted));
    cell(row, 'withdrawn', i18n.number(f.withdrawn));
    completion(row, f);
    cell(row, 'fill', i18n.percent(p.fillRate));
    // Which outcomes the programme's rule decided, which a registrar overrode, which were typed in.
    const decided = f.completionsByRule + f.completionsOverridden + f.completionsManual;
    cell(row, 'basis', decided === 0 ? '–' : i18n.t('basis.text', { rule: i18n.number(f.completionsByRule),
      override: i18n.number(f.completionsOverridden), manual: i18n.number(f.completionsManual) }));
    cell(row, 'attendance', '–');
    // Issued (revoked ones included), with the revoked ones named when there are any.
    cell(row, 'certificates', f.certificatesRevoked > 0 ? i18n.t('certificates.revoked',
      { issued: i18n.number(f.certificatesIssued), revoked: i18n.number(f.certificatesRevoked) })
      : i18n.number(f.certificatesIssued));
  }

  function completion(row, f) {
    cell(row, 'enrolled', i18n.number(f.enrolled));
    cell(row, 'completed', i18n.number(f.completed));
    cell(row, 'not-completed', i18n.number(f.notCompleted));
    cell(row, 'completion', i18n.percent(f.completionRate));
  }

  // Completion figures straight from the stream, for rows on this page: no wait for a refetch.
  function applyCompletion(p) {
    const row = rows.get(p.programId);
    if (!row) {
      return;
    }
    completion(row, p.figures);
    row.classList.remove('flash');
    void row.offsetWidth;
    row.classList.add('flash');
  }

  function listUrl() {
    const params = new URLSearchParams(filterQuery());
    params.set('page', state.page);
    params.set('size', state.size);
    params.set('sort', state.sort);
    params.set('direction', state.direction);
    if (state.q) {
      params.set('q', state.q);
    }
    return '/api/programs?' + params;
  }

  async function reload(attendance) {
    const list = await getJson(listUrl());
    if (list.totalPages > 0 && state.page >= list.totalPages) {
      state.page = list.totalPages - 1; // the filter shrank the list under the current page
      return reload(attendance);
    }
    state.totalPages = list.totalPages;
    const body = document.querySelector('#programs tbody');
    const fresh = list.items.map((p) => {
      const row = rows.get(p.programId) || document.createElement('tr');
      row.dataset.programId = p.programId;
      COLUMNS.forEach((c) => cell(row, c, ''));
      showProgram(row, p);
      return row;
    });
    rows.clear();
    list.items.forEach((p, n) => rows.set(p.programId, fresh[n]));
    body.replaceChildren();
    fresh.forEach((row) => {
      body.appendChild(row);
      const detail = sessionRows.get(row.dataset.programId);
      if (detail) {
        body.appendChild(detail);
      }
    });
    [...sessionRows.keys()].filter((id) => !rows.has(id)).forEach((id) => sessionRows.delete(id));
    if (attendance) {
      showAttendance(attendance);
    }
    document.getElementById('programs-page-info').textContent = i18n.t('programs.pageInfo', {
      page: i18n.number(list.totalPages === 0 ? 0 : list.page + 1),
      pages: i18n.number(list.totalPages), total: i18n.number(list.totalItems) });
    document.getElementById('programs-prev').disabled = state.page === 0;
    document.getElementById('programs-next').disabled = state.page + 1 >= list.totalPages;
    document.querySelectorAll('#programs th[data-sort]').forEach((th) => {
      if (th.dataset.sort === state.sort) {
        th.setAttribute('aria-sort', state.direction === 'asc' ? 'ascending' : 'descending');
      } else {
        th.removeAttribute('aria-sort');
      }
    });
    const table = document.getElementById('programs');
    table.dataset.page = list.page;
    table.dataset.totalItems = list.totalItems;
    table.dataset.loaded = 'true';
    if (detailId) {
      await showDetail(detailId);
    }
    return list;
  }

  // Attendance rate per programme of this page (entries PRESENT or LATE at active sessions).
  function showAttendance(attendance) {
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
    const td = cell(row, 'attendance', '');
    if (a.activeSessions === 0) {
      td.textContent = '–';
      return;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = a.recorded > 0 ? i18n.percent(a.attendanceRate) : '–';
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

  function sessionsTable(attendance) {
    const table = document.createElement('table');
    const head = document.createElement('tr');
    ['session.col.date', 'session.col.time', 'session.col.minutes', 'session.col.topic',
      'session.col.recorded'].map((k) => i18n.t(k))
      .concat(['PRESENT', 'LATE', 'ABSENT', 'EXCUSED'].map((s) => i18n.label('AttendanceStatus', s)))
      .concat([i18n.t('col.attendance')]).forEach((text) => {
        const th = document.createElement('th');
        th.textContent = text;
        head.appendChild(th);
      });
    const thead = document.createElement('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    const body = document.createElement('tbody');
    attendance.sessions.forEach((s) => {
      const tr = document.createElement('tr');
      tr.dataset.sessionId = s.sessionId;
      if (s.status === 'CANCELLED') {
        tr.className = 'cancelled';
      }
      [s.date ? i18n.date(s.date) : '', (s.startTime || '') + '–' + (s.endTime || ''),
        i18n.number(s.contactMinutes), s.topic || '', i18n.number(s.recorded), i18n.number(s.present),
        i18n.number(s.late), i18n.number(s.absent), i18n.number(s.excused),
        s.recorded > 0 ? i18n.percent(s.attendanceRate) : '–'].forEach((text, i) => {
        const td = document.createElement('td');
        td.textContent = text;
        if (i === 9) {
          td.className = 'session-rate';
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  async function showSessions(programId) {
    const attendance = await getJson('/api/programs/' + encodeURIComponent(programId) + '/attendance');
    const detail = sessionRows.get(programId);
    if (!detail || !rows.has(programId)) {
      return;
    }
    const td = document.createElement('td');
    td.colSpan = COLUMNS.length;
    td.appendChild(sessionsTable(attendance));
    detail.replaceChildren(td);
    detail.dataset.loaded = 'true';
  }

  function definitions(pairs) {
    const dl = document.createElement('dl');
    pairs.forEach(([key, value, cls]) => {
      const dt = document.createElement('dt');
      dt.textContent = i18n.t(key);
      const dd = document.createElement('dd');
      dd.textContent = value;
      if (cls) {
        dd.className = cls;
      }
      dl.append(dt, dd);
    });
    return dl;
  }

  function heading(level, text) {
    const h = document.createElement('h' + level);
    h.textContent = text;
    return h;
  }

  // Drill-down: the programme's roster figures, attendance by session and selection.
  async function showDetail(programId) {
    const id = encodeURIComponent(programId);
    const [p, attendance, selection] = await Promise.all([getJson('/api/programs/' + id),
      getJson('/api/programs/' + id + '/attendance'), getJson('/api/programs/' + id + '/selection')]);
    detailId = programId;
    const f = p.figures;
    const panel = document.getElementById('program-detail');
    const close = document.createElement('button');
    close.type = 'button';
    close.id = 'program-detail-close';
    close.textContent = i18n.t('detail.close');
    close.addEventListener('click', () => {
      detailId = null;
      panel.hidden = true;
      panel.replaceChildren();
    });
    const parts = [close, heading(3, p.title || p.programId),
      definitions([
        ['col.track', i18n.label('CraftTrack', p.track)],
        ['detail.format', i18n.label('ProgramFormat', p.format)],
        ['detail.partners', (p.partners || []).map((x) => i18n.label('Partner', x)).join(', ')],
        ['col.year', p.cohortYear || ''],
        ['detail.dates', p.startDate ? i18n.date(p.startDate) + ' – ' + i18n.date(p.endDate) : ''],
        ['col.status', i18n.label('ReportedProgramStatus', p.status)],
        ['detail.admission', i18n.label('AdmissionMode', selection.admissionMode)]]),
      heading(4, i18n.t('detail.roster')),
      definitions([
        ['col.capacity', i18n.number(p.capacity), 'capacity'],
        ['detail.seatsTaken', i18n.number(p.seatsTaken), 'seats-taken'],
        ['col.enrolled', i18n.number(f.enrolled), 'enrolled'],
        ['col.confirmed', i18n.number(f.confirmed), 'confirmed'],
        ['col.waitlisted', i18n.number(f.waitlisted), 'waitlisted'],
        ['col.withdrawn', i18n.number(f.withdrawn), 'withdrawn'],
        ['col.completed', i18n.number(f.completed), 'completed'],
        ['col.notCompleted', i18n.number(f.notCompleted), 'not-completed'],
        ['col.completion', i18n.percent(f.completionRate), 'completion'],
        ['detail.hours', i18n.t('hours.unit', { hours: i18n.decimal(f.trainingHours) }), 'hours']]),
      heading(4, i18n.t('detail.attendance')),
      definitions([['col.attendance', attendance.recorded > 0 ? i18n.percent(attendance.attendanceRate)
        : '–', 'attendance'], ['detail.sessions', i18n.t('detail.sessions', {
        active: i18n.number(attendance.activeSessions), minutes: i18n.number(attendance.plannedMinutes) })]])];
    if (attendance.sessions.length > 0) {
      parts.push(sessionsTable(attendance));
    }
    if (selection.admissionMode === 'APPLICATION' || selection.figures.submitted > 0) {
      const s = selection.figures;
      parts.push(heading(4, i18n.t('detail.selection')), definitions([
        ['sel.col.applications', i18n.number(s.submitted), 'submitted'],
        ['sel.col.offers', i18n.number(s.offersBySelection + s.offersFromReserve), 'offers'],
        ['sel.col.accepted', i18n.number(s.offersAccepted), 'accepted'],
        ['sel.col.selection', s.submitted > 0 ? i18n.percent(s.selectionRate) : '–', 'selection-rate']]));
    }
    panel.replaceChildren(...parts);
    panel.dataset.programId = programId;
    panel.hidden = false;
  }

  function init(options) {
    filterQuery = options.filterQuery;
    const onChange = () => options.reload().catch((e) => console.warn(e));
    document.querySelectorAll('#programs th[data-sort]').forEach((th) => {
      th.dataset.i18nTitle = 'programs.sortHint';
      th.addEventListener('click', () => {
        state.direction = state.sort === th.dataset.sort && state.direction === 'asc' ? 'desc' : 'asc';
        state.sort = th.dataset.sort;
        state.page = 0;
        onChange();
      });
    });
    document.getElementById('programs-search').addEventListener('input', (e) => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => {
        state.q = e.target.value.trim();
        state.page = 0;
        onChange();
      }, 200);
    });
    document.getElementById('programs-size').addEventListener('change', (e) => {
      state.size = Number(e.target.value);
      state.page = 0;
      onChange();
    });
    document.getElementById('programs-prev').addEventListener('click', () => {
      state.page = Math.max(0, state.page - 1);
      onChange();
    });
    document.getElementById('programs-next').addEventListener('click', () => {
      state.page += 1;
      onChange();
    });
  }

  window.CrewPrograms = {
    init, reload, applyCompletion,
    firstPage: () => { state.page = 0; }
  };
})();
