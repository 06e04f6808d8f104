// The learner's test page. Every answer is written to IndexedDB first, then saved to the server
// (one slot at a time, debounced); while offline the answers wait on the device and go in one batch
// when the connection returns. A service worker keeps the page, its scripts and the paper so that a
// reload without a connection still shows the test. The server's clock decides the deadline.
(function () {
  'use strict';

  var SAVE_DELAY_MS = 500;
  var HEARTBEAT_MS = 30000;
  var MAX_RETRY_MS = 30000;
  var BATCH_LIMIT = 500;
  var WARNINGS = [5 * 60 * 1000, 60 * 1000];

  // ---- device storage: answers and a little state per attempt, in IndexedDB

  var DB_NAME = 'vidya-attempts';

  function openDb() {
    return new Promise(function (resolve) {
      if (!window.indexedDB) { resolve(null); return; }
      var request;
      try {
        request = indexedDB.open(DB_NAME, 1);
      } catch (e) {
        resolve(null);
        return;
      }
      request.onupgradeneeded = function () {
        var db = request.result;
        if (!db.objectStoreNames.contains('answers')) { db.createObjectStore('answers', { keyPath: 'key' }); }
        if (!db.objectStoreNames.contains('meta')) { db.createObjectStore('meta', { keyPath: 'key' }); }
      };
      request.onsuccess = function () { resolve(request.result); };
      // Without IndexedDB (some private windows) the page still works; answers then live in memory only.
      request.onerror = function () { resolve(null); };
    });
  }

  function Store(db, attempt) {
    this.db = db;
    this.attempt = attempt;
    this.memory = {};
  }

  Store.prototype.tx = function (store, mode, work) {
    var self = this;
    if (!self.db) {
      return Promise.resolve(work(null));
    }
    return new Promise(function (resolve, reject) {
      var tx = self.db.transaction(store, mode);
      var result = work(tx.objectStore(store));
      tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : result); };
      tx.onerror = function () { reject(tx.error); };
      tx.onabort = function () { reject(tx.error); };
    });
  };

  Store.prototype.put = function (store, name, value) {
    var key = this.attempt + '|' + name;
    var record = Object.assign({ key: key, attempt: this.attempt, name: name }, value);
    if (!this.db) { this.memory[store + key] = record; return Promise.resolve(); }
    return this.tx(store, 'readwrite', function (s) { s.put(record); return null; });
  };

  Store.prototype.get = function (store, name) {
    var key = this.attempt + '|' + name;
    if (!this.db) { return Promise.resolve(this.memory[store + key]); }
    return this.tx(store, 'readonly', function (s) { return s.get(key); });
  };

  Store.prototype.all = function (store) {
    var self = this;
    if (!self.db) {
      return Promise.resolve(Object.keys(self.memory).filter(function (k) {
        return k.indexOf(store + self.attempt + '|') === 0;
      }).map(function (k) { return self.memory[k]; }));
    }
    var range = IDBKeyRange.bound(self.attempt + '|', self.attempt + '|\uffff');
    return self.tx(store, 'readonly', function (s) { return s.getAll(range); });
  };

  Store.prototype.clear = function () {
    var self = this;
    if (!self.db) { self.memory = {}; return Promise.resolve(); }
    var range = IDBKeyRange.bound(self.attempt + '|', self.attempt + '|\uffff');
    return Promise.all(['answers', 'meta'].map(function (store) {
      return self.tx(store, 'readwrite', function (s) { s.delete(range); return null; });
    }));
  };

  // ---- small helpers

  function format(template, args) {
    return String(template).replace(/\{(\d+)\}/g, function (m, i) {
      return args[i] === undefined ? m : String(args[i]);
    });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) { return; }
      if (name === 'html') { node.innerHTML = value; } // server-sanitized HTML from the paper
      else if (name === 'text') { node.textContent = value; }
      else if (name === 'className') { node.className = value; }
      else { node.setAttribute(name, value === true ? '' : value); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function words(text) {
    var t = (text || '').trim();
    return t ? t.split(/\s+/).length : 0;
  }

  function isAnswered(type, response) {
    if (response === null || response === undefined) { return false; }
    switch (type) {
      case 'single-choice': return !!response.choice;
      case 'multiple-response': return Array.isArray(response.choices) && response.choices.length > 0;
      case 'true-false': return typeof response.value === 'boolean';
      case 'numeric': return typeof response.value === 'string' && response.value.trim() !== '';
      case 'short-text':
      case 'essay': return typeof response.text === 'string' && response.text.trim() !== '';
      case 'matching': return !!response.matches && Object.keys(response.matches).length > 0;
      case 'ordering': return Array.isArray(response.order) && response.order.length > 0;
      case 'cloze': return !!response.gaps && Object.keys(response.gaps).length > 0;
      case 'case': return !!response.parts && Object.keys(response.parts).length > 0;
      default: return true;
    }
  }

  function clockTime(date) {
    return date.toLocaleTimeString(document.documentElement.lang || undefined,
      { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  function duration(ms) {
    var total = Math.max(0, Math.ceil(ms / 1000));
    var h = Math.floor(total / 3600);
    var m = Math.floor((total % 3600) / 60);
    var s = total % 60;
    var mm = (h > 0 && m < 10 ? '0' : '') + m;
    return (h > 0 ? h + ':' : '') + mm + ':' + (s < 10 ? '0' : '') + s;
  }

  // ---- item renderers: one per type, from the rendered body of the paper.
  // Each returns a DOM node and reports a new response through ctx.change(response).

  var renderers = {};

  function prompt(html, id) {
    return el('div', { className: 'item-prompt', id: id, html: html || '' });
  }

  function choiceList(body, response, ctx, multiple) {
    var promptId = ctx.id + '-prompt';
    var chosen = multiple ? ((response && response.choices) || []).slice() : (response && response.choice);
    var fieldset = el('fieldset', { className: 'choices', 'aria-labelledby': promptId });
    (body.choices || []).forEach(function (choice, i) {
      var inputId = ctx.id + '-c' + i;
      var input = el('input', {
        type: multiple ? 'checkbox' : 'radio', id: inputId, name: ctx.id, value: choice.id,
        disabled: ctx.disabled, 'data-testid': 'choice'
      });
      input.checked = multiple ? chosen.indexOf(choice.id) >= 0 : chosen === choice.id;
      input.addEventListener('change', function () {
        if (multiple) {
          var picked = Array.prototype.filter.call(fieldset.querySelectorAll('input'), function (x) { return x.checked; })
            .map(function (x) { return x.value; });
          ctx.change(picked.length ? { choices: picked } : null);
        } else {
          ctx.change({ choice: choice.id });
        }
      });
      fieldset.appendChild(el('div', { className: 'choice' }, [
        input, el('label', { for: inputId, html: choice.text })
      ]));
    });
    return el('div', {}, [prompt(body.prompt, promptId),
      multiple ? el('p', { className: 'hint', text: ctx.msg('attempt.item.selectAll') }) : null, fieldset]);
  }

  renderers['single-choice'] = function (body, response, ctx) { return choiceList(body, response, ctx, false); };
  renderers['multiple-response'] = function (body, response, ctx) { return choiceList(body, response, ctx, true); };

  renderers['true-false'] = function (body, response, ctx) {
    var promptId = ctx.id + '-prompt';
    var fieldset = el('fieldset', { className: 'choices', 'aria-labelledby': promptId });
    [true, false].forEach(function (value) {
      var inputId = ctx.id + (value ? '-true' : '-false');
      var input = el('input', { type: 'radio', id: inputId, name: ctx.id, value: String(value), disabled: ctx.disabled,
        'data-testid': 'choice' });
      input.checked = !!response && response.value === value;
      input.addEventListener('change', function () { ctx.change({ value: value }); });
      fieldset.appendChild(el('div', { className: 'choice' }, [input,
        el('label', { for: inputId, text: ctx.msg(value ? 'attempt.item.true' : 'attempt.item.false') })]));
    });
    return el('div', {}, [prompt(body.prompt, promptId), fieldset]);
  };

  function numericInputs(units, response, ctx, label) {
    var value = el('input', { type: 'text', inputmode: 'decimal', id: ctx.id + '-value', maxlength: '50',
      autocomplete: 'off', disabled: ctx.disabled, 'aria-label': label, 'data-testid': 'numeric-value' });
    value.value = (response && response.value) || '';
    var unit = null;
    if (units && units.length) {
      unit = el('select', { id: ctx.id + '-unit', disabled: ctx.disabled, 'aria-label': ctx.msg('attempt.item.unit') },
        [el('option', { value: '', text: ctx.msg('attempt.item.noUnit') })].concat(units.map(function (u) {
          return el('option', { value: u, text: u });
        })));
      unit.value = (response && response.unit) || '';
    }
    var report = function () {
      var v = value.value.trim();
      if (!v) { ctx.change(null); return; }
      var r = { value: v };
      if (unit && unit.value) { r.unit = unit.value; }
      ctx.change(r);
    };
    value.addEventListener('input', report);
    if (unit) { unit.addEventListener('change', report); }
    return { value: value, unit: unit };
  }

  renderers.numeric = function (body, response, ctx) {
    var promptId = ctx.id + '-prompt';
    var inputs = numericInputs(body.units, response, ctx, null);
    inputs.value.removeAttribute('aria-label');
    inputs.value.setAttribute('aria-describedby', promptId);
    var row = el('div', { className: 'numeric-row' }, [
      el('div', {}, [el('label', { for: inputs.value.id, text: ctx.msg('attempt.item.yourAnswer') }), inputs.value]),
      inputs.unit ? el('div', {}, [el('label', { for: inputs.unit.id, text: ctx.msg('attempt.item.unit') }), inputs.unit]) : null
    ]);
    if (inputs.unit) { inputs.unit.removeAttribute('aria-label'); }
    return el('div', {}, [prompt(body.prompt, promptId), row]);
  };

  renderers['short-text'] = function (body, response, ctx) {
    var promptId = ctx.id + '-prompt';
    var input = el('input', { type: 'text', id: ctx.id + '-text', maxlength: '1000', autocomplete: 'off',
      disabled: ctx.disabled, 'aria-describedby': promptId, 'data-testid': 'short-text' });
    input.value = (response && response.text) || '';
    input.addEventListener('input', function () {
      ctx.change(input.value.trim() ? { text: input.value } : null);
    });
    return el('div', {}, [prompt(body.prompt, promptId),
      el('label', { for: input.id, text: ctx.msg('attempt.item.yourAnswer') }), input]);
  };

  renderers.essay = function (body, response, ctx) {
    var promptId = ctx.id + '-prompt';
    var countId = ctx.id + '-count';
    var area = el('textarea', { id: ctx.id + '-text', maxlength: '50000', rows: '12', disabled: ctx.disabled,
      'aria-describedby': promptId + ' ' + countId, 'data-testid': 'essay' });
    area.value = (response && response.text) || '';
    var count = el('p', { className: 'hint word-count', id: countId });
    var limits = [];
    if (body.minWords) { limits.push(ctx.msg('attempt.item.minWords', body.minWords)); }
    if (body.maxWords) { limits.push(ctx.msg('attempt.item.maxWords', body.maxWords)); }
    var showCount = function () {
      var n = words(area.value);
      var outside = (body.minWords && n < body.minWords) || (body.maxWords && n > body.maxWords);
      count.textContent = ctx.msg('attempt.item.words', n) + (limits.length ? ' (' + limits.join(', ') + ')' : '');
      count.classList.toggle('outside', !!outside && n > 0);
    };
    showCount();
    area.addEventListener('input', function () {
      showCount();
      ctx.change(area.value.trim() ? { text: area.value } : null);
    });
    return el('div', {}, [prompt(body.prompt, promptId),
      el('label', { for: area.id, text: ctx.msg('attempt.item.yourAnswer') }), area, count]);
  };

  renderers.matching = function (body, response, ctx) {
    var promptId = ctx.id + '-prompt';
    var matches = Object.assign({}, (response && response.matches) || {});
    var list = el('div', { className: 'matching', role: 'group', 'aria-labelledby': promptId });
    (body.stems || []).forEach(function (stem, i) {
      var selectId = ctx.id + '-s' + i;
      var select = el('select', { id: selectId, disabled: ctx.disabled, 'data-testid': 'match' },
        [el('option', { value: '', text: ctx.msg('attempt.item.choose') })].concat((body.options || []).map(function (o) {
          // Option texts are sanitized HTML; a select shows plain text.
          var text = el('span', { html: o.text }).textContent;
          return el('option', { value: o.id, text: text });
        })));
      select.value = matches[stem.id] || '';
      select.addEventListener('change', function () {
        if (select.value) { matches[stem.id] = select.value; } else { delete matches[stem.id]; }
        ctx.change(Object.keys(matches).length ? { matches: Object.assign({}, matches) } : null);
      });
      list.appendChild(el('div', { className: 'match-row' }, [el('label', { for: selectId, html: stem.text }), select]));
    });
    return el('div', {}, [prompt(body.prompt, promptId), list]);
  };

  renderers.ordering = function (body, response, ctx) {
    var promptId = ctx.id + '-prompt';
    var byId = {};
    (body.items || []).forEach(function (item) { byId[item.id] = item; });
    var order = response && Array.isArray(response.order) && response.order.length === (body.items || []).length
      ? response.order.slice() : (body.items || []).map(function (item) { return item.id; });
    var list = el('ol', { className: 'ordering', 'aria-labelledby': promptId });
    var status = el('p', { className: 'visually-hidden', 'aria-live': 'polite' });
    var draw = function (focusId, focusDir) {
      list.innerHTML = '';
      order.forEach(function (id, i) {
        var item = byId[id];
        if (!item) { return; }
        var text = el('span', { html: item.text }).textContent;
        var up = el('button', { type: 'button', className: 'secondary move', disabled: ctx.disabled || i === 0,
          'aria-label': ctx.msg('attempt.item.moveUp', text), 'data-testid': 'move-up' }, [el('span', { 'aria-hidden': 'true', text: '↑' })]);
        var down = el('button', { type: 'button', className: 'secondary move',
          disabled: ctx.disabled || i === order.length - 1,
          'aria-label': ctx.msg('attempt.item.moveDown', text), 'data-testid': 'move-down' }, [el('span', { 'aria-hidden': 'true', text: '↓' })]);
        var move = function (delta) {
          var j = i + delta;
          var tmp = order[j]; order[j] = order[i]; order[i] = tmp;
          ctx.change({ order: order.slice() });
          status.textContent = ctx.msg('attempt.item.movedTo', text, j + 1);
          draw(id, delta < 0 ? 'up' : 'down');
        };
        up.addEventListener('click', function () { move(-1); });
        down.addEventListener('click', function () { move(1); });
        var li = el('li', { 'data-id': id }, [el('span', { className: 'ordering-text', html: item.text }),
          el('span', { className: 'ordering-moves' }, [up, down])]);
        list.appendChild(li);
        if (focusId === id) {
          // Keep the keyboard on the moved item; at either end the other button takes focus.
          var target = focusDir === 'up' ? (up.disabled ? down : up) : (down.disabled ? up : down);
          setTimeout(function () { target.focus(); }, 0);
        }
      });
    };
    draw(null, null);
    return el('div', {}, [prompt(body.prompt, promptId), list, status]);
  };

  renderers.cloze = function (body, response, ctx) {
    var gaps = Object.assign({}, (response && response.gaps) || {});
    var byId = {};
    (body.gaps || []).forEach(function (gap, i) { byId[gap.id] = { gap: gap, index: i }; });
    var html = String(body.text || '').replace(/\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g, function (m, id) {
      return byId[id] ? '<span class="cloze-gap" data-gap="' + id + '"></span>' : m;
    });
    var text = el('div', { className: 'item-prompt cloze', html: html });
    var report = function () {
      ctx.change(Object.keys(gaps).length ? { gaps: Object.assign({}, gaps) } : null);
    };
    Array.prototype.forEach.call(text.querySelectorAll('span.cloze-gap'), function (span) {
      var entry = byId[span.getAttribute('data-gap')];
      var gap = entry.gap;
      var label = ctx.msg('attempt.item.gap', entry.index + 1);
      var gapCtx = { id: ctx.id + '-g' + entry.index, disabled: ctx.disabled, msg: ctx.msg };
      var current = gaps[gap.id];
      var gb = gap.body || {};
      if (gap.type === 'single-choice') {
        var select = el('select', { id: gapCtx.id, disabled: ctx.disabled, 'aria-label': label, 'data-testid': 'gap' },
          [el('option', { value: '', text: ctx.msg('attempt.item.choose') })].concat((gb.choices || []).map(function (c) {
            return el('option', { value: c.id, text: el('span', { html: c.text }).textContent });
          })));
        select.value = (current && current.choice) || '';
        select.addEventListener('change', function () {
          if (select.value) { gaps[gap.id] = { choice: select.value }; } else { delete gaps[gap.id]; }
          report();
        });
        span.appendChild(select);
      } else if (gap.type === 'numeric') {
        gapCtx.change = function (r) {
          if (r) { gaps[gap.id] = r; } else { delete gaps[gap.id]; }
          report();
        };
        var inputs = numericInputs(gb.units, current, gapCtx, label);
        inputs.value.setAttribute('data-testid', 'gap');
        span.appendChild(inputs.value);
        if (inputs.unit) { span.appendChild(inputs.unit); }
      } else {
        var input = el('input', { type: 'text', id: gapCtx.id, maxlength: '1000', autocomplete: 'off',
          disabled: ctx.disabled, 'aria-label': label, 'data-testid': 'gap' });
        input.value = (current && current.text) || '';
        input.addEventListener('input', function () {
          if (input.value.trim()) { gaps[gap.id] = { text: input.value }; } else { delete gaps[gap.id]; }
          report();
        });
        span.appendChild(input);
      }
    });
    return el('div', {}, [text]);
  };

  renderers['case'] = function (body, response, ctx) {
    var stages = body.stages || [];
    var parts = Object.assign({}, (response && response.parts) || {});
    var reached = Math.min(Math.max(1, (response && response.stage) || 1), Math.max(1, stages.length));
    var wrap = el('div', { className: 'case' }, [prompt(body.prompt, ctx.id + '-prompt')]);
    var report = function () { ctx.change({ stage: reached, parts: Object.assign({}, parts) }); };
    stages.slice(0, reached).forEach(function (stage, si) {
      var locked = si + 1 < reached;
      var section = el('section', { className: 'case-stage' + (locked ? ' locked' : ''),
        'aria-labelledby': ctx.id + '-st' + si, 'data-testid': 'case-stage' }, [
        el('h3', { id: ctx.id + '-st' + si, text: ctx.msg('attempt.case.stage', si + 1, stages.length) + ' · '
          + el('span', { html: stage.title || '' }).textContent }),
        locked ? el('p', { className: 'hint', text: ctx.msg('attempt.case.locked') }) : null,
        el('div', { className: 'item-prompt', html: stage.text || '' })
      ]);
      (stage.parts || []).forEach(function (part, pi) {
        var render = renderers[part.type];
        if (!render || part.type === 'case') { return; }
        var partCtx = {
          id: ctx.id + '-st' + si + 'p' + pi, disabled: ctx.disabled || locked, msg: ctx.msg,
          change: function (r) {
            if (r === null) { delete parts[part.id]; } else { parts[part.id] = r; }
            report();
          }
        };
        section.appendChild(el('div', { className: 'case-part' }, [render(part.body || {}, parts[part.id], partCtx)]));
      });
      wrap.appendChild(section);
    });
    if (reached < stages.length && !ctx.disabled) {
      var next = el('button', { type: 'button', className: 'secondary', 'data-testid': 'next-stage',
        text: ctx.msg('attempt.case.next') });
      next.addEventListener('click', function () {
        reached += 1;
        report();
        ctx.remount(ctx.id + '-st' + (reached - 1));
      });
      wrap.appendChild(el('p', { className: 'hint', text: ctx.msg('attempt.case.nextHint') }));
      wrap.appendChild(next);
    }
    return wrap;
  };

  // ---- the Alpine component

  function attempt() {
    // Kept outside Alpine's reactive proxy: the device store, timers and pending writes.
    var data = {};
    var messages = {};
    var store = null;
    var timers = {};
    var writes = {};
    var warned = {};

    return {
      loading: true,
      failed: null,
      status: null,
      navigation: 'free',
      sections: [],
      items: [],
      index: 0,
      answers: {},
      online: navigator.onLine !== false,
      saving: 0,
      saveState: 'idle',
      savedAt: null,
      saveError: null,
      deadline: null,
      sectionDeadline: null,
      currentSection: null,
      remaining: null,
      sectionRemaining: null,
      warning: '',
      reviewing: false,
      paletteOpen: false,
      submitQueued: false,
      submitting: false,
      closed: null,

      offset: 0,
      retryMs: 1000,
      retryTimer: null,
      autoSubmitted: false,
      finishing: false,
      submitKey: null,
      enteredAt: Date.now(),

      msg: function (key) {
        return format(messages[key] || key, Array.prototype.slice.call(arguments, 1));
      },

      init: function () {
        var self = this;
        data = self.$el.dataset;
        try {
          messages = JSON.parse(document.getElementById('attempt-messages').textContent);
        } catch (e) { /* labels fall back to their keys */ }
        self.registerWorker();
        window.addEventListener('online', function () { self.online = true; self.retryMs = 1000; self.flush(); });
        window.addEventListener('offline', function () { self.goOffline(); });
        openDb().then(function (db) {
          store = new Store(db, data.attempt);
          return self.load();
        }).catch(function (e) {
          self.loading = false;
          self.failed = self.msg('attempt.loadFailed');
        });
      },

      registerWorker: function () {
        if (!('serviceWorker' in navigator) || !data.worker) { return; }
        var urls = [window.location.pathname, data.paper].concat(
          Array.prototype.map.call(document.querySelectorAll('link[rel=stylesheet], script[src]'), function (n) {
            return new URL(n.getAttribute('href') || n.getAttribute('src'), window.location.href).pathname;
          }));
        navigator.serviceWorker.register(data.worker, { scope: data.workerScope }).then(function () {
          return navigator.serviceWorker.ready;
        }).then(function (registration) {
          if (registration.active) { registration.active.postMessage({ type: 'keep', urls: urls }); }
        }).catch(function () { /* without a service worker the test still works while the page stays open */ });
      },

      request: function (method, url, body, headers) {
        var h = Object.assign({ 'Accept': 'application/json' }, headers || {});
        if (body !== undefined) { h['Content-Type'] = 'application/json'; }
        if (data.csrfHeader && method !== 'GET') { h[data.csrfHeader] = data.csrfToken; }
        return fetch(url, {
          method: method, headers: h, credentials: 'same-origin', cache: 'no-store',
          body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
          if (response.status === 204) { return { ok: true, status: 204, body: null }; }
          return response.text().then(function (text) {
            var parsed = null;
            try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = null; }
            // A redirect to the sign-in page arrives as HTML: the session has ended.
            if (response.ok && parsed === null && text) {
              return { ok: false, status: 401, body: { code: 'authentication-required' } };
            }
            return { ok: response.ok, status: response.status, body: parsed };
          });
        });
      },

      now: function () { return Date.now() + this.offset; },

      load: function () {
        var self = this;
        return self.request('GET', data.state).then(function (r) {
          if (!r.ok) { throw r; }
          var offset = Date.parse(r.body.serverTime) - Date.now();
          store.put('meta', 'state', { state: r.body, offset: offset });
          return { state: r.body, offset: offset };
        }, function () {
          self.online = false;
          return store.get('meta', 'state').then(function (cached) {
            if (!cached) { throw new Error('offline without a copy'); }
            return cached;
          });
        }).then(function (s) {
          self.offset = s.offset || 0;
          if (s.state.status === 'submitted' || s.state.status === 'graded') {
            self.finished();
            return null;
          }
          if (s.state.status !== 'in-progress') {
            self.loading = false;
            self.closed = self.msg('attempt.notStarted');
            return null;
          }
          return self.loadPaper().then(function (paper) { return self.start(s.state, paper); });
        }).catch(function (r) {
          self.loading = false;
          if (r && r.status === 404) { self.failed = self.msg('attempt.notFound'); }
          else if (r && r.status === 401) { self.failed = self.msg('attempt.signedOut'); }
          else { self.failed = self.msg('attempt.loadFailed'); }
        });
      },

      loadPaper: function () {
        var self = this;
        return fetch(data.paper, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
          .then(function (response) {
            if (!response.ok) { throw response; }
            return response.json();
          }).then(function (paper) {
            store.put('meta', 'paper', { paper: paper });
            return paper;
          }, function (failure) {
            if (failure && failure.status === 404) { throw failure; }
            return store.get('meta', 'paper').then(function (cached) {
              if (!cached) { throw new Error('no paper'); }
              return cached.paper;
            });
          });
      },

      start: function (state, paper) {
        var self = this;
        self.status = state.status;
        self.navigation = state.navigation || 'free';
        self.sections = paper.sections || [];
        self.items = paper.items || [];
        self.deadline = state.deadline ? Date.parse(state.deadline) : null;
        self.sectionDeadline = state.sectionDeadline ? Date.parse(state.sectionDeadline) : null;
        self.currentSection = state.currentSection === undefined ? null : state.currentSection;
        return Promise.all([store.all('answers'), store.get('meta', 'submit')]).then(function (found) {
          var local = {};
          (found[0] || []).forEach(function (a) { local[a.slot] = a; });
          var server = state.answers || {};
          var answers = {};
          self.items.forEach(function (item) {
            var s = server[item.slot];
            var l = local[item.slot];
            var a = { response: null, seq: 0, flagged: false, timeSpentMillis: 0, pending: false, error: null };
            if (s) {
              a = Object.assign(a, { response: s.response === undefined ? null : s.response, seq: s.seq || 0,
                flagged: !!s.flagged, timeSpentMillis: s.timeSpentMillis || 0 });
            }
            // What this device kept and the server has not seen wins; the counter only grows.
            if (l && l.seq > a.seq) {
              a = Object.assign(a, { response: l.response, seq: l.seq, flagged: !!l.flagged,
                timeSpentMillis: l.timeSpentMillis || 0, pending: !!l.pending });
            } else if (l && l.seq > 0) {
              a.seq = Math.max(a.seq, l.seq);
            }
            answers[item.slot] = a;
          });
          self.answers = answers;
          var submit = found[1];
          self.submitQueued = !!(submit && submit.queued);
          var first = self.visible()[0];
          self.index = first ? self.items.indexOf(first) : 0;
          self.loading = false;
          self.$nextTick(function () { self.mount(); });
          self.$watch('index', function () { self.mount(); });
          self.tick();
          timers.clock = setInterval(function () { self.tick(); }, 1000);
          timers.heartbeat = setInterval(function () { self.heartbeat(); }, HEARTBEAT_MS);
          if (!self.online) { self.goOffline(); }
          else if (self.pending().length || self.submitQueued) { self.flush(); }
        });
      },

      // ---- which questions are on screen

      timedSection: function () {
        var self = this;
        if (self.currentSection === null) { return null; }
        var section = self.sections.filter(function (s) { return s.index === self.currentSection; })[0];
        return section && section.timeLimitSeconds ? section : null;
      },

      visible: function () {
        var section = this.timedSection();
        if (!section) { return this.items; }
        return this.items.filter(function (item) { return item.section === section.index; });
      },

      item: function () { return this.items[this.index] || null; },

      position: function () { return this.visible().indexOf(this.item()) + 1; },

      sectionTitle: function (item) {
        var s = this.sections.filter(function (x) { return x.index === item.section; })[0];
        return s ? s.title : '';
      },

      answered: function (item) {
        var a = this.answers[item.slot];
        return !!a && isAnswered(item.type, a.response);
      },

      flagged: function (item) {
        var a = this.answers[item.slot];
        return !!a && a.flagged;
      },

      paletteLabel: function (item, i) {
        var parts = [this.msg('attempt.question', i + 1)];
        parts.push(this.msg(this.answered(item) ? 'attempt.palette.answered' : 'attempt.palette.unanswered'));
        if (this.flagged(item)) { parts.push(this.msg('attempt.palette.flagged')); }
        return parts.join(', ');
      },

      canJump: function (item) {
        return this.navigation === 'free' || item === this.item();
      },

      goTo: function (item) {
        if (!item || !this.canJump(item)) { return; }
        this.leave();
        this.reviewing = false;
        this.paletteOpen = false;
        this.index = this.items.indexOf(item);
        this.focusQuestion();
      },

      hasPrevious: function () { return this.navigation === 'free' && this.position() > 1; },
      hasNext: function () { return this.position() < this.visible().length; },

      previous: function () {
        if (this.hasPrevious()) { this.goToAllowed(this.visible()[this.position() - 2]); }
      },

      next: function () {
        if (this.hasNext()) { this.goToAllowed(this.visible()[this.position()]); }
      },

      goToAllowed: function (item) {
        this.leave();
        this.reviewing = false;
        this.index = this.items.indexOf(item);
        this.focusQuestion();
      },

      focusQuestion: function () {
        var self = this;
        self.$nextTick(function () {
          var heading = self.$refs.questionHeading;
          if (heading) { heading.focus(); }
        });
      },

      leave: function () {
        var item = this.item();
        if (item && this.answers[item.slot]) {
          this.answers[item.slot].timeSpentMillis += Date.now() - this.enteredAt;
        }
        this.enteredAt = Date.now();
      },

      mount: function (focusId) {
        var self = this;
        var container = self.$refs.item;
        var item = self.item();
        if (!container || !item) { return; }
        var render = renderers[item.type];
        container.innerHTML = '';
        if (!render) {
          container.appendChild(el('p', { className: 'error', text: self.msg('attempt.item.unknownType', item.type) }));
          return;
        }
        var answer = Alpine.raw(self.answers[item.slot]);
        var ctx = {
          id: item.slot, disabled: self.submitting || !!self.closed, msg: function () { return self.msg.apply(self, arguments); },
          change: function (response) { self.change(item.slot, response); },
          remount: function (id) {
            self.mount();
            var target = id && document.getElementById(id);
            if (target) { target.setAttribute('tabindex', '-1'); target.focus(); }
          }
        };
        container.appendChild(render(item.body || {}, answer ? answer.response : null, ctx));
      },

      // ---- saving

      change: function (slot, response) {
        this.answers[slot].response = response;
        this.persist(slot);
      },

      toggleFlag: function () {
        var item = this.item();
        if (!item) { return; }
        this.answers[item.slot].flagged = !this.answers[item.slot].flagged;
        this.persist(item.slot);
      },

      persist: function (slot) {
        var self = this;
        var a = self.answers[slot];
        a.seq += 1;
        a.pending = true;
        a.error = null;
        var item = self.item();
        if (item && item.slot === slot) {
          a.timeSpentMillis += Date.now() - self.enteredAt;
          self.enteredAt = Date.now();
        }
        // The device copy is written before anything goes to the server.
        var record = self.record(slot);
        writes[slot] = (writes[slot] || Promise.resolve()).then(function () {
          return store.put('answers', slot, Object.assign({ pending: true }, record));
        }).catch(function () { /* storage full or refused: the server copy still goes */ });
        if (!self.online) {
          self.goOffline();
          return;
        }
        clearTimeout(timers['save-' + slot]);
        self.saveState = 'saving';
        timers['save-' + slot] = setTimeout(function () { self.sendOne(slot); }, SAVE_DELAY_MS);
      },

      record: function (slot) {
        var a = Alpine.raw(this.answers[slot]);
        return { slot: slot, response: a.response === undefined ? null : JSON.parse(JSON.stringify(a.response)),
          seq: a.seq, timeSpentMillis: Math.round(a.timeSpentMillis), flagged: !!a.flagged };
      },

      pending: function () {
        var self = this;
        return Object.keys(self.answers).filter(function (slot) { return self.answers[slot].pending; });
      },

      sendOne: function (slot) {
        var self = this;
        if (!self.online) { self.goOffline(); return; }
        var sent = self.record(slot);
        self.saving += 1;
        (writes[slot] || Promise.resolve()).then(function () {
          return self.request('PUT', data.answer + encodeURIComponent(slot), {
            response: sent.response, seq: sent.seq, timeSpentMillis: sent.timeSpentMillis, flagged: sent.flagged
          });
        }).then(function (r) {
          self.saving -= 1;
          if (r.ok) {
            self.saved(slot, sent.seq, r.body && r.body.savedAt);
          } else {
            self.refused(slot, r);
          }
        }, function () {
          self.saving -= 1;
          self.goOffline();
        });
      },

      saved: function (slot, seq, savedAt) {
        var a = this.answers[slot];
        if (a && a.seq === seq) {
          a.pending = false;
          store.put('answers', slot, Object.assign({ pending: false }, this.record(slot)));
        }
        this.savedAt = savedAt ? new Date(savedAt) : new Date();
        this.online = true;
        this.retryMs = 1000;
        if (!this.saving && !this.pending().length) { this.saveState = 'saved'; }
      },

      refused: function (slot, r) {
        var body = r.body || {};
        if (r.status === 409 && (body.code === 'attempt-closed' || body.code === 'deadline-passed')) {
          this.stop(body.code === 'deadline-passed' ? this.msg('attempt.deadlinePassed') : this.msg('attempt.closed'));
          return;
        }
        if (r.status >= 500 || r.status === 429 || r.status === 0) {
          this.goOffline();
          return;
        }
        var reason = body.detail || this.msg('attempt.save.failed');
        if (body.errors && body.errors.length) {
          reason += ' ' + body.errors.map(function (e) { return e.message; }).join('; ');
        }
        if (r.status === 401 || r.status === 403) { reason = this.msg('attempt.signedOut'); }
        if (slot && this.answers[slot]) {
          this.answers[slot].pending = false;
          this.answers[slot].error = reason;
        }
        this.saveError = reason;
        this.saveState = 'error';
      },

      goOffline: function () {
        var self = this;
        self.online = false;
        self.saveState = 'offline';
        if (self.retryTimer) { return; }
        self.retryTimer = setTimeout(function () {
          self.retryTimer = null;
          self.flush();
        }, self.retryMs);
        self.retryMs = Math.min(MAX_RETRY_MS, self.retryMs * 2);
      },

      // Everything saved on this device and not yet on the server, in one request.
      flush: function () {
        var self = this;
        var slots = self.pending();
        if (!slots.length) {
          if (self.submitQueued) { return self.sendSubmit(); }
          return self.request('POST', data.heartbeat, { online: true }).then(function (r) {
            self.online = true;
            self.retryMs = 1000;
            if (self.saveState === 'offline') { self.saveState = self.savedAt ? 'saved' : 'idle'; }
          }, function () { self.goOffline(); });
        }
        if (self.submitQueued) { return self.sendSubmit(); }
        var chunk = slots.slice(0, BATCH_LIMIT);
        var sent = chunk.map(function (slot) { return self.record(slot); });
        self.saveState = 'saving';
        self.saving += 1;
        return Promise.all(chunk.map(function (slot) { return writes[slot]; })).then(function () {
          return self.request('POST', data.batch, { answers: sent });
        }).then(function (r) {
          self.saving -= 1;
          if (!r.ok) { self.refused(null, r); return; }
          var results = (r.body && r.body.results) || [];
          results.forEach(function (result) {
            var mine = sent.filter(function (s) { return s.slot === result.slot; })[0];
            if (!mine) { return; }
            if (result.status === 'refused') {
              var reason = (result.errors || []).map(function (e) { return e.message; }).join('; ')
                || self.msg('attempt.save.failed');
              self.answers[result.slot].pending = false;
              self.answers[result.slot].error = reason;
              self.saveError = reason;
              self.saveState = 'error';
            } else {
              self.saved(result.slot, mine.seq, null);
            }
          });
          if (self.pending().length) { self.flush(); }
        }, function () {
          self.saving -= 1;
          self.goOffline();
        });
      },

      heartbeat: function () {
        var self = this;
        if (!self.online || self.closed) { return; }
        var item = self.item();
        self.request('POST', data.heartbeat, { slot: item ? item.slot : null, online: true })
          .catch(function () { self.goOffline(); });
      },

      // ---- time

      tick: function () {
        var now = this.now();
        if (this.deadline !== null) {
          this.remaining = this.deadline - now;
          for (var i = 0; i < WARNINGS.length; i++) {
            var at = WARNINGS[i];
            if (this.remaining <= at && this.remaining > 0 && !warned[at]) {
              warned[at] = true;
              this.warning = this.msg(at >= 5 * 60 * 1000 ? 'attempt.timer.fiveMinutes' : 'attempt.timer.oneMinute');
            }
          }
          if (this.remaining <= 0 && !this.autoSubmitted) {
            this.autoSubmitted = true;
            this.warning = this.msg('attempt.timer.up');
            this.submit(true);
          }
        }
        var section = this.timedSection();
        if (section && this.sectionDeadline !== null) {
          this.sectionRemaining = this.sectionDeadline - now;
          if (this.sectionRemaining <= 0 && !this.finishing) { this.finishSection(true); }
        } else {
          this.sectionRemaining = null;
        }
      },

      timeLeft: function () { return this.remaining === null ? '' : duration(this.remaining); },
      sectionTimeLeft: function () { return this.sectionRemaining === null ? '' : duration(this.sectionRemaining); },
      lowTime: function () { return this.remaining !== null && this.remaining <= 5 * 60 * 1000; },

      lastSection: function () {
        var section = this.timedSection();
        if (!section) { return true; }
        return !this.sections.some(function (s) { return s.index > section.index; });
      },

      finishSection: function (automatic) {
        var self = this;
        var section = self.timedSection();
        if (!section) { return; }
        if (!automatic && !window.confirm(self.msg('attempt.section.confirm'))) { return; }
        self.finishing = true;
        var send = function () {
          return self.request('POST', data.section + section.index + '/finish', {}).then(function (r) {
            self.finishing = false;
            if (!r.ok) { self.refused(null, r); return; }
            var state = r.body;
            self.currentSection = state.currentSection === undefined ? null : state.currentSection;
            self.sectionDeadline = state.sectionDeadline ? Date.parse(state.sectionDeadline) : null;
            self.deadline = state.deadline ? Date.parse(state.deadline) : self.deadline;
            store.put('meta', 'state', { state: state, offset: self.offset });
            if (state.status === 'submitted' || state.status === 'graded') { self.finished(); return; }
            var first = self.visible()[0];
            if (first) { self.goToAllowed(first); }
          }, function () {
            self.finishing = false;
            self.goOffline();
          });
        };
        // Answers of the section go first, so the section closes with all of them.
        var wait = self.pending().length ? self.flush() : Promise.resolve();
        Promise.resolve(wait).then(send);
      },

      // ---- review and submit

      review: function () {
        this.leave();
        this.reviewing = true;
        var self = this;
        self.$nextTick(function () { if (self.$refs.reviewHeading) { self.$refs.reviewHeading.focus(); } });
      },

      unansweredItems: function () {
        var self = this;
        return self.visible().filter(function (item) { return !self.answered(item); });
      },

      flaggedItems: function () {
        var self = this;
        return self.visible().filter(function (item) { return self.flagged(item); });
      },

      numberOf: function (item) { return this.visible().indexOf(item) + 1; },

      submit: function (automatic) {
        var self = this;
        if (self.submitting) { return; }
        self.leave();
        self.submitting = true;
        store.get('meta', 'submit').then(function (kept) {
          var key = kept && kept.idempotencyKey;
          if (!key) {
            key = window.crypto && crypto.randomUUID ? crypto.randomUUID()
              : String(Date.now()) + '-' + Math.random().toString(36).slice(2);
          }
          self.submitKey = key;
          self.submitQueued = true;
          return store.put('meta', 'submit', { idempotencyKey: key, queued: true, automatic: !!automatic });
        }).then(function () { return self.sendSubmit(); });
      },

      sendSubmit: function () {
        var self = this;
        var go = function (key) {
          var answers = self.pending().map(function (slot) { return self.record(slot); });
          return self.request('POST', data.submit, { answers: answers }, { 'Idempotency-Key': key }).then(function (r) {
            if (r.ok || (r.status === 409 && r.body && r.body.code === 'attempt-closed')) {
              self.finished();
              return;
            }
            if (r.status >= 500 || r.status === 429) { self.submitting = false; self.goOffline(); return; }
            self.submitQueued = false;
            self.submitting = false;
            store.put('meta', 'submit', { idempotencyKey: key, queued: false });
            self.refused(null, r);
          }, function () {
            self.submitting = false;
            self.goOffline();
          });
        };
        if (self.submitKey) { return go(self.submitKey); }
        return store.get('meta', 'submit').then(function (kept) {
          if (!kept || !kept.idempotencyKey) { self.submitQueued = false; return null; }
          self.submitKey = kept.idempotencyKey;
          return go(kept.idempotencyKey);
        });
      },

      finished: function () {
        var self = this;
        self.stop(null);
        self.status = 'submitted';
        self.submitQueued = false;
        store.clear().then(function () { window.location.assign(data.result); },
          function () { window.location.assign(data.result); });
      },

      stop: function (reason) {
        Object.keys(timers).forEach(function (name) {
          clearInterval(timers[name]);
          clearTimeout(timers[name]);
        });
        if (this.retryTimer) { clearTimeout(this.retryTimer); this.retryTimer = null; }
        if (reason) {
          this.closed = reason;
          this.saveState = 'error';
          this.saveError = reason;
          this.mount();
        }
      },

      indicator: function () {
        if (this.submitQueued && !this.online) { return this.msg('attempt.submit.queued'); }
        switch (this.saveState) {
          case 'saving': return this.msg('attempt.save.saving');
          case 'saved': return this.msg('attempt.save.saved', this.savedAt ? clockTime(this.savedAt) : '');
          case 'offline': return this.msg('attempt.save.offline');
          case 'error': return this.msg('attempt.save.notSaved', this.saveError || '');
          default: return this.msg('attempt.save.idle');
        }
      }
    };
  }

  document.addEventListener('alpine:init', function () {
    window.Alpine.data('attempt', attempt);
  });

  // For tests of the renderers outside a page.
  window.VidyaAttempt = { renderers: renderers, isAnswered: isAnswered, duration: duration };
}());
