// Renders ECharts options sent by the EChart Flow component (org.trendfinder.dashboard.base.ui.EChart).
// Sets data-rendered on the element once ECharts reports 'finished', so tests and people can tell.
window.trendfinderCharts = window.trendfinderCharts || (function () {
  let usaMap = null;
  function loadUsa() {
    if (!usaMap) {
      usaMap = fetch(new URL('maps/us-states.json', document.baseURI))
        .then(function (r) { if (!r.ok) { throw new Error('map ' + r.status); } return r.json(); })
        .then(function (geo) {
          echarts.registerMap('USA', geo, {
            Alaska: { left: -131, top: 25, width: 15 },
            Hawaii: { left: -110, top: 28, width: 5 }
          });
        });
    }
    return usaMap;
  }
  function render(el, json, seq) {
    const option = JSON.parse(json);
    const needsMap = option.series && option.series.some(function (s) { return s.type === 'map'; });
    const draw = function () {
      if (String(seq) !== el.getAttribute('data-seq')) { return; } // a newer option is on its way
      let chart = echarts.getInstanceByDom(el);
      if (!chart) {
        chart = echarts.init(el, null, { renderer: 'canvas' });
        new ResizeObserver(function () { chart.resize(); }).observe(el);
      }
      // Long titles wrap inside the chart's width (phones) instead of running off both edges.
      if (option.title && !Array.isArray(option.title)) {
        option.title.textStyle = Object.assign({}, option.title.textStyle,
          { width: Math.max(120, el.clientWidth - 24), overflow: 'break', lineHeight: 18 });
      }
      el.removeAttribute('data-rendered');
      chart.off('finished');
      chart.on('finished', function () { el.setAttribute('data-rendered', String(seq)); });
      chart.setOption(option, true);
    };
    (needsMap ? loadUsa() : Promise.resolve()).then(draw).catch(function (e) {
      el.setAttribute('data-error', String(e));
    });
  }
  return { render: render };
})();
