// Korean and English for the dashboard: one catalogue per language (messages.ko.json,
// messages.en.json) holds every label, tooltip and enum name; numbers and dates go through Intl.
// The choice is kept in localStorage; without one, the browser's languages decide.
(function () {
  'use strict';

  const STORAGE_KEY = 'crew.dashboard.lang';
  const SUPPORTED = ['ko', 'en'];
  const catalogues = {};
  let language = null;
  let catalogue = null;
  const listeners = [];

  function preferred() {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (SUPPORTED.includes(stored)) {
      return stored;
    }
    const asked = (navigator.languages && navigator.languages.length ? navigator.languages
      : [navigator.language || 'en']).map((l) => String(l).toLowerCase().split('-')[0]);
    return asked.find((l) => SUPPORTED.includes(l)) || 'en';
  }

  async function load(lang) {
    if (!catalogues[lang]) {
      const response = await fetch('/dashboard/messages.' + lang + '.json',
        { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new Error('messages.' + lang + '.json: ' + response.status);
      }
      catalogues[lang] = await response.json();
    }
    return catalogues[lang];
  }

  // A message with {name} placeholders filled in; a missing key shows itself, never blank.
  function t(key, params) {
    const text = (catalogue && catalogue.messages[key]) || key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name) =>
      (params[name] === undefined ? m : String(params[name]))) : text;
  }

  // The human label of an enum symbol (or partner code); an unknown one shows as sent.
  function label(type, symbol) {
    if (symbol === null || symbol === undefined || symbol === '') {
      return '';
    }
    const labels = catalogue && catalogue.enums[type];
    return (labels && labels[symbol]) || String(symbol);
  }

  function symbols(type) {
    return Object.keys((catalogue && catalogue.enums[type]) || {});
  }

  function locale() {
    return language === 'ko' ? 'ko-KR' : 'en-GB';
  }

  const number = (n) => new Intl.NumberFormat(locale()).format(Number(n));
  const percent = (rate) => new Intl.NumberFormat(locale(), { style: 'percent',
    minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
  const decimal = (n) => new Intl.NumberFormat(locale(), { minimumFractionDigits: 1,
    maximumFractionDigits: 1 }).format(n);
  // dateStyle/timeStyle exclude timeZoneName, so the zone is written after the time.
  const dateTime = (iso) => new Intl.DateTimeFormat(locale(), { dateStyle: 'medium',
    timeStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';
  const date = (iso) => new Intl.DateTimeFormat(locale(), { dateStyle: 'medium',
    timeZone: 'UTC' }).format(new Date(iso + 'T00:00:00Z'));
  const month = (period) => (period.length === 4 ? period : new Intl.DateTimeFormat(locale(),
    { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(period + '-01T00:00:00Z')));

  function apply() {
    document.documentElement.lang = language;
    document.title = t('page.title');
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach((el) => {
      el.placeholder = t(el.dataset.i18nPlaceholder);
    });
    document.querySelectorAll('[data-i18n-aria-label]').forEach((el) => {
      el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
    });
    document.querySelectorAll('button[data-lang]').forEach((b) =>
      b.setAttribute('aria-pressed', String(b.dataset.lang === language)));
  }

  async function use(lang, remember) {
    catalogue = await load(lang);
    language = lang;
    if (remember) {
      window.localStorage.setItem(STORAGE_KEY, lang);
    }
    apply();
    listeners.forEach((listener) => listener(lang));
  }

  window.CrewI18n = {
    t, label, symbols, number, percent, decimal, dateTime, date, month,
    language: () => language,
    onChange: (listener) => listeners.push(listener),
    start: () => use(preferred(), false),
    use: (lang) => use(lang, true)
  };

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('button[data-lang]').forEach((b) =>
      b.addEventListener('click', () => use(b.dataset.lang, true).catch((e) => console.warn(e))));
  });
})();
