// Charts of the result page, drawn from the same figures as the tables beside them (the tables are
// what screen readers and printouts use; the charts are hidden from assistive technology).
(function () {
  'use strict';

  function draw() {
    var source = document.getElementById('result-charts');
    if (!source || !window.Chart) { return; }
    var charts;
    try { charts = JSON.parse(source.textContent); } catch (e) { return; }
    var colour = getComputedStyle(document.documentElement).getPropertyValue('--brand').trim() || '#1d4ed8';
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var data = charts[canvas.getAttribute('data-chart')];
      if (!data || !data.labels || !data.labels.length) { return; }
      var percent = canvas.getAttribute('data-chart') !== 'times';
      var horizontal = percent && data.labels.length > 8;
      var value = { beginAtZero: true };
      if (percent) { value.suggestedMax = 100; }
      var scales = horizontal ? { x: value } : { y: value };
      new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: data.labels,
          datasets: [{ label: canvas.getAttribute('data-label') || '', data: data.values, backgroundColor: colour }]
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          indexAxis: horizontal ? 'y' : 'x',
          scales: scales,
          plugins: { legend: { display: true } }
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
