/*
 * Diagnostic and review sessions, one item at a time. The page's section carries the routes;
 * items are drawn by the test page's renderers (window.VidyaAttempt.renderers from attempt.js,
 * which starts nothing by itself on a page without its component). Each answer carries its
 * sequence number, so a repeated click or a retry after a lost reply gets the same next step.
 */
(function () {
  'use strict';

  function start() {
    var root = document.querySelector('[data-session][data-kind]');
    if (!root) { return; }
    var messages = {};
    try { messages = JSON.parse(document.getElementById('session-messages').textContent || '{}'); } catch (e) { messages = {}; }
    var kind = root.getAttribute('data-kind');
    var form = root.querySelector('[data-form]');
    var box = root.querySelector('[data-item]');
    var submit = root.querySelector('[data-submit]');
    var next = root.querySelector('[data-next]');
    var feedback = root.querySelector('[data-feedback]');
    var progress = root.querySelector('[data-progress]');
    var meter = root.querySelector('[data-meter]');
    var status = root.querySelector('[data-status]');
    var heading = root.querySelector('[data-heading]');
    var concept = root.querySelector('[data-concept]');
    var state = null;
    var response = null;
    var sending = false;
    var following = null;

    function msg(key) {
      var args = Array.prototype.slice.call(arguments, 1);
      var text = messages[key] || key;
      return text.replace(/\{(\d+)\}/g, function (whole, i) { return args[i] !== undefined ? args[i] : whole; });
    }

    function headers() {
      var h = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      var name = root.getAttribute('data-csrf-header');
      if (name) { h[name] = root.getAttribute('data-csrf-token'); }
      return h;
    }

    function read(reply) {
      return reply.json().catch(function () { return {}; }).then(function (body) {
        if (!reply.ok) { throw body; }
        return body;
      });
    }

    function fail(problem) {
      sending = false;
      submit.disabled = response === null;
      status.hidden = false;
      status.textContent = (problem && problem.detail) || msg('session.failed');
    }

    function showProgress(s) {
      if (kind === 'diagnostic') {
        var precision = s.standardError === null || s.standardError === undefined ? '–'
          : '±' + Number(s.standardError).toFixed(2);
        progress.textContent = msg('session.progress.diagnostic', s.answered, s.maxItems) + ' · '
          + msg('session.precision', precision, Number(s.targetError).toFixed(2));
        var reached = s.standardError ? Math.min(1, s.targetError / s.standardError) : 0;
        meter.value = Math.round(100 * reached);
      } else {
        progress.textContent = msg('session.progress.review', Math.min(s.answered + 1, s.maxItems), s.maxItems);
        meter.value = s.maxItems ? Math.round(100 * s.answered / s.maxItems) : 0;
      }
    }

    function show(s) {
      state = s;
      showProgress(s);
      if (s.status === 'FINISHED' || !s.current) {
        // The result page is the server's.
        window.location.reload();
        return;
      }
      render(s.current, false);
      heading.focus();
    }

    function render(current, disabled) {
      heading.textContent = msg('session.loadingHeading', current.sequence);
      if (kind === 'review' && current.conceptName) {
        concept.textContent = current.conceptName;
      } else {
        concept.textContent = '';
      }
      box.innerHTML = '';
      var renderers = (window.VidyaAttempt && window.VidyaAttempt.renderers) || {};
      var draw = renderers[current.type];
      if (!draw) {
        box.appendChild(Object.assign(document.createElement('p'), { className: 'error', textContent: msg('session.unknownType', current.type) }));
        return;
      }
      var ctx = {
        id: 'item-' + current.sequence, disabled: disabled, msg: msg,
        change: function (value) {
          response = value;
          submit.disabled = sending || value === null;
        },
        remount: function (id) {
          render(current, disabled);
          var target = id && document.getElementById(id);
          if (target) { target.setAttribute('tabindex', '-1'); target.focus(); }
        }
      };
      if (!disabled) { response = null; }
      box.appendChild(draw(current.view || {}, disabled ? response : null, ctx));
      submit.hidden = disabled;
      submit.disabled = true;
      next.hidden = !disabled;
    }

    function answered(reply) {
      sending = false;
      status.hidden = true;
      var after = reply.session;
      if (kind === 'review') {
        var a = reply.answer;
        var current = state.current;
        render(current, true);
        feedback.hidden = false;
        feedback.innerHTML = '';
        var verdict = a.correct ? 'session.right' : (a.fraction > 0 ? 'session.partly' : 'session.wrong');
        var line = document.createElement('p');
        line.className = a.correct ? 'feedback-right' : 'feedback-wrong';
        line.textContent = msg(verdict, Math.round(100 * (a.fraction || 0)));
        feedback.appendChild(line);
        if (a.explanationHtml) {
          // Markdown rendered to safe HTML by the server.
          var why = document.createElement('div');
          why.className = 'explanation';
          why.innerHTML = a.explanationHtml;
          feedback.appendChild(why);
        }
        following = after;
        state = after;
        showProgress(after);
        next.focus();
      } else {
        show(after);
      }
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (sending || !state || !state.current) { return; }
      if (response === null) {
        status.hidden = false;
        status.textContent = msg('session.chooseFirst');
        return;
      }
      sending = true;
      submit.disabled = true;
      fetch(root.getAttribute('data-answer'), {
        method: 'POST', headers: headers(), credentials: 'same-origin',
        body: JSON.stringify({ item: state.current.item, response: response, sequence: state.current.sequence })
      }).then(read).then(answered).catch(fail);
    });

    next.addEventListener('click', function () {
      feedback.hidden = true;
      feedback.innerHTML = '';
      if (following) { show(following); following = null; }
    });

    fetch(root.getAttribute('data-state'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(read).then(show).catch(fail);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
