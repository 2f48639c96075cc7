// Draws every <canvas data-chart> with Chart.js from the same numbers as the table beside it.
(function () {
  if (!window.Chart) return;
  const palette = ['#0d6efd', '#dc3545', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#6c757d', '#d63384'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    const d = JSON.parse(canvas.dataset.chart);
    const series = d.columns.slice(1);
    let type = d.kind, datasets;
    if (d.kind === 'scatter') {
      datasets = [{ label: series[1], data: d.values.map(v => ({ x: v[0], y: v[1] })), backgroundColor: palette[0] }];
    } else {
      datasets = series.map((name, i) => ({
        label: name, data: d.values.map(v => v[i]), borderColor: palette[i % palette.length],
        backgroundColor: d.kind === 'radar' ? palette[i % palette.length] + '22' : palette[i % palette.length], fill: d.kind === 'radar'
      }));
      // Bars show the first series only (the others, such as counts, stay in the table).
      if (d.kind === 'bar') datasets = datasets.slice(0, 1);
      if (d.plotted > 0) datasets = datasets.slice(0, d.plotted);
    }
    const options = { responsive: true, maintainAspectRatio: false, animation: false };
    if (d.kind === 'radar') options.scales = { r: { min: 0, max: 100 } };
    if (d.kind === 'scatter') options.scales = { x: { title: { display: true, text: series[0] } }, y: { title: { display: true, text: series[1] } } };
    canvas.parentElement.style.height = '320px';
    new Chart(canvas, { type: type, data: { labels: d.labels, datasets: datasets }, options: options });
  });
})();
