// Draws every <canvas data-chart> with Chart.js from the same numbers as the table beside it.
// On a narrow screen labels are shortened (a focus area to its code) or wrapped at Thai word boundaries,
// fonts get smaller, and the tooltip still gives the full label; the table below has every name in full.
(function () {
  if (!window.Chart) return;
  const palette = ['#0d6efd', '#dc3545', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#6c757d', '#d63384'];
  const segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter(document.documentElement.lang || 'th', { granularity: 'word' }) : null;

  // Splits a label into lines of at most max characters, breaking between words (Thai has no spaces,
  // so words come from the browser's segmenter); a single word longer than a line is cut.
  function wrap(label, max) {
    const text = String(label == null ? '' : label);
    if (text.length <= max) return text;
    const words = segmenter ? Array.from(segmenter.segment(text), s => s.segment) : text.split(/(\s+)/);
    const lines = [];
    let line = '';
    words.forEach(function (w) {
      while (w.length > max) { if (line.trim()) lines.push(line.trim()); lines.push(w.slice(0, max)); w = w.slice(max); line = ''; }
      if ((line + w).length > max && line.trim()) { lines.push(line.trim()); line = ''; }
      line += w;
    });
    if (line.trim()) lines.push(line.trim());
    return lines.length > 3 ? lines.slice(0, 3).concat('…') : lines;
  }

  // "1.2 Learning in families" → "1.2": on a phone the code is what fits around a radar.
  function code(label) {
    const m = /^(\S+)\s/.exec(String(label));
    return m && /\d/.test(m[1]) ? m[1] : null;
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    const d = JSON.parse(canvas.dataset.chart);
    const series = d.columns.slice(1);
    const narrow = (canvas.parentElement.clientWidth || window.innerWidth) < 576;
    const fontSize = narrow ? 10 : 12;
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
    const labels = d.labels.map(function (l) {
      if (d.kind === 'radar') return narrow ? (code(l) || wrap(l, 10)) : wrap(l, 22);
      return wrap(l, narrow ? 14 : 24);
    });
    const options = {
      responsive: true, maintainAspectRatio: false, animation: false,
      font: { size: fontSize },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: narrow ? 10 : 14, font: { size: fontSize } } },
        tooltip: { callbacks: { title: items => items.length && d.kind !== 'scatter' ? String(d.labels[items[0].dataIndex]) : undefined } }
      }
    };
    if (d.kind === 'radar') options.scales = { r: { min: 0, max: 100, pointLabels: { font: { size: fontSize } }, ticks: { font: { size: fontSize - 1 }, backdropPadding: 1 } } };
    if (d.kind === 'scatter') options.scales = {
      x: { title: { display: true, text: wrap(series[0], narrow ? 28 : 60), font: { size: fontSize } }, ticks: { font: { size: fontSize } } },
      y: { title: { display: true, text: wrap(series[1], narrow ? 20 : 40), font: { size: fontSize } }, ticks: { font: { size: fontSize } } }
    };
    if (d.kind === 'bar' || d.kind === 'line') options.scales = {
      x: { ticks: { autoSkip: true, maxRotation: narrow ? 60 : 45, minRotation: 0, font: { size: fontSize } } },
      y: { ticks: { font: { size: fontSize } } }
    };
    canvas.parentElement.style.height = narrow && d.kind === 'radar' ? '360px' : '320px';
    new Chart(canvas, { type: type, data: { labels: labels, datasets: datasets }, options: options });
  });
})();
